from cases.sections import cut_before_final_disposition, presentation_part, split_note

NOTE = (
    "HPI: pain.\nPhysical Exam:\nAbdomen soft.\n"
    "Medical Decision Making\nLikely gastritis.\n"
    "Final   Disposition\nand ED course\nDischarged home."
)


def test_split_note_sections_and_flags():
    s = split_note(NOTE)
    assert s.presentation.startswith("HPI") and "Medical Decision" not in s.presentation
    assert s.exam.startswith("Physical Exam") and "Abdomen soft" in s.exam
    assert s.mdm.startswith("Medical Decision Making") and "gastritis" in s.mdm
    assert s.final_course.startswith("Final") and "Discharged" in s.final_course
    assert "Discharged" not in s.pre_disposition
    assert s.cut_heading_found and s.mdm_heading_found and not s.fallback_cut_used


def test_official_cut_is_case_and_whitespace_insensitive():
    kept, found, fallback = cut_before_final_disposition(
        "abc FINAL\tDISPOSITION  AND\nED COURSE xyz"
    )
    assert (kept, found, fallback) == ("abc", True, False)


def test_missing_heading_official_mode_keeps_everything():
    text = "HPI.\nDisposition: admitted"
    kept, found, _ = cut_before_final_disposition(text, fallback=False)
    assert kept == text and not found


def test_missing_heading_falls_back_to_line_initial_heading():
    kept, found, fallback = cut_before_final_disposition(
        "HPI.\nMDM: ok\nDisposition: admitted"
    )
    assert kept == "HPI.\nMDM: ok" and not found and fallback


def test_presentation_without_mdm_still_excludes_final_course():
    part, found = presentation_part("HPI.\nFinal Disposition and ED Course\nAdmitted")
    assert part == "HPI." and not found


def test_empty_note():
    s = split_note(None)
    assert s.presentation == "" and not s.cut_heading_found

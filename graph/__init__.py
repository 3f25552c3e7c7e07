"""The LangGraph state graph that moves a case through the five stages."""

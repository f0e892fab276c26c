"""Optional ML event stage (extra ``tacitus[ml]``): a MiniLM + linear classifier that proposes CAMEO codes."""

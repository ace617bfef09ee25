"""Proves on a CPU that the exports train as they are, with the real TRL stack.

Reads an SFT and a DPO export written by `lce export` from the fixture samples, then:
  1. renders every exported conversation with transformers' apply_chat_template and the shipped
     template, and compares it byte for byte with what the playground's loop sent and received
     (tests/fixtures/dataset/texts.jsonl, captured from real solve() runs);
  2. trains a tiny random model with SFT (assistant-only loss), DPO (+ SIaM's SFT term) and ORPO
     for a few optimizer steps, loading the rows with `datasets` exactly as exported;
  3. proves that execution-output tokens carry no loss: the gradient of each trainer's loss with
     respect to the hidden state that predicts a tool token is exactly zero, while the tokens the model
     wrote do get gradient — and that plain TRL DPO / ORPO *would* train on tool tokens.

    python training/smoke/smoke_test.py --export DIR --fixtures tests/fixtures/dataset --work DIR
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("TRL_EXPERIMENTAL_SILENCE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import torch  # noqa: E402
from trl import DPOTrainer  # noqa: E402
from trl.experimental.orpo import ORPOTrainer  # noqa: E402

import train  # noqa: E402
from tiny_model import tiny_model, tiny_tokenizer  # noqa: E402

RESULTS = {"passed": 0, "failed": 0}


def check(ok: bool, what: str) -> None:
    RESULTS["passed" if ok else "failed"] += 1
    print(f"{'PASS' if ok else 'FAIL'}  {what}", flush=True)


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class Ground:
    """What the loop really sent: full texts, and the character ranges of each tool block."""

    def __init__(self, fixtures: Path):
        self.texts = {t["sample_id"]: t for t in jsonl(fixtures / "texts.jsonl")}
        self.samples = {s["id"]: s for s in jsonl(fixtures / "samples.jsonl")}

    def tool_ranges(self, sample_id: str) -> list[tuple[int, int]]:
        """Round k's prompt ends with the tool block the loop appended: "```output" + "\\n<output>\\n```\\n"."""
        t = self.texts[sample_id]
        outputs = [b["content"] for b in self.samples[sample_id]["blocks"] if b["type"] in ("output", "error")]
        ranges = []
        for prompt, out in zip(t["prompts"][1:], outputs):
            owned = f"\n{out}\n```\n"
            assert prompt.endswith("```output" + owned)
            ranges.append((len(prompt) - len(owned), len(prompt)))
        if len(outputs) == len(t["prompts"]):  # the code method ends on its program's output
            owned = f"\n{outputs[-1]}\n```\n"
            ranges.append((len(t["text"]) - len(owned), len(t["text"])))
        return ranges


def token_roles(tokenizer, text: str, tool_ranges: list[tuple[int, int]], prompt_len: int) -> tuple[list[int], list[str]]:
    """Token ids of `text` and each token's role: prompt, tool or model (a token across a border fails)."""
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    roles = []
    for start, end in enc["offset_mapping"]:
        inside = [lo <= start and end <= hi for lo, hi in tool_ranges]
        crosses = any(start < hi and end > lo for lo, hi in tool_ranges) and not any(inside)
        if crosses or (start < prompt_len < end):
            raise AssertionError(f"token {text[start:end]!r} crosses a border")
        roles.append("prompt" if end <= prompt_len else "tool" if any(inside) else "model")
    return enc["input_ids"], roles


def final_hidden_grad(trainer, batch) -> torch.Tensor:
    """d loss / d (last hidden state) of the policy model for one batch, through the trainer's own compute_loss.

    The last hidden state at position p feeds only the logits at p (causal attention reads earlier
    *layers*, not this output), so a zero gradient there means no loss term uses the prediction of
    token p + 1. It also works where TRL never materialises ignored logits (SFT's chunked NLL).
    """
    captured = {}

    def hook(_module, _inputs, output):
        output.retain_grad()
        captured["hidden"] = output

    handle = trainer.model.model.norm.register_forward_hook(hook)
    try:
        trainer.model.zero_grad()
        loss = trainer.compute_loss(trainer.model, batch)
        loss.backward()
    finally:
        handle.remove()
    return captured["hidden"].grad


def grad_by_role(grad: torch.Tensor, rows: list[list[int]], lookup: dict) -> dict[str, list[float]]:
    """Gradient norm at each position, grouped by the role of the token that position predicts."""
    by_role: dict[str, list[float]] = {"prompt": [], "tool": [], "model": []}
    for b, ids in enumerate(rows):
        roles = lookup[tuple(ids)]
        for p in range(len(ids) - 1):
            by_role[roles[p + 1]].append(grad[b, p].abs().sum().item())
    return by_role


def prove_masking(name: str, trainer, rows_of_batch, lookup, expect_masked: bool) -> None:
    batch = next(iter(trainer.get_train_dataloader()))
    grads = grad_by_role(final_hidden_grad(trainer, batch), rows_of_batch(batch), lookup)
    tool = max(grads["tool"], default=0.0)
    model_share = sum(g > 0 for g in grads["model"]) / max(1, len(grads["model"]))
    check(len(grads["tool"]) > 0, f"{name}: the batch holds execution-output tokens ({len(grads['tool'])})")
    if expect_masked:
        check(tool == 0.0, f"{name}: execution-output tokens get zero gradient (max |dL/dh| = {tool})")
        check(model_share > 0.9, f"{name}: tokens the model wrote get gradient ({model_share:.0%} of them)")
        check(max(grads["prompt"], default=0.0) == 0.0, f"{name}: prompt tokens get zero gradient")
    else:
        check(tool > 0.0, f"{name}: without the mask, execution output would be trained on (max |dL/dh| = {tool:.3g})")


def unpadded(ids: torch.Tensor, mask: torch.Tensor) -> list[list[int]]:
    return [row[m.bool()].tolist() for row, m in zip(ids, mask)]


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--export", required=True, type=Path)
    p.add_argument("--fixtures", required=True, type=Path)
    p.add_argument("--work", required=True, type=Path)
    a = p.parse_args()
    ground = Ground(a.fixtures)
    sft_rows = jsonl(a.export / "sft.jsonl")
    dpo_rows = jsonl(a.export / "dpo.jsonl")
    template = (a.export / "sft.chat_template.jinja").read_text(encoding="utf-8")
    check(template == (a.export / "dpo.chat_template.jinja").read_text(encoding="utf-8"), "SFT and DPO exports ship the same template")
    tokenizer = tiny_tokenizer([t["text"] for t in ground.texts.values()], template)

    # 1. Byte-identical rendering in Python (transformers' Jinja2 with trim_blocks / lstrip_blocks).
    convs = [(r["sample_id"], r["messages"][:2], r["messages"]) for r in sft_rows]
    for r in dpo_rows:
        convs += [(r["chosen_id"], r["prompt"], r["prompt"] + r["chosen"]), (r["rejected_id"], r["prompt"], r["prompt"] + r["rejected"])]
    same = [tokenizer.apply_chat_template(m, tokenize=False) == ground.texts[sid]["text"] for sid, _, m in convs]
    check(all(same), f"apply_chat_template renders all {len(convs)} exported conversations as the model read and wrote them")
    gen = [tokenizer.apply_chat_template(pm, tokenize=False, add_generation_prompt=True) == ground.texts[sid]["prompts"][0] for sid, pm, _ in convs]
    check(all(gen), "the generation prompt is the playground's first-round prompt, byte for byte")

    # Token roles of every conversation, keyed by its token ids (how the checks find a batch row).
    lookup = {}
    for sid, pm, m in convs:
        text = ground.texts[sid]["text"]
        prompt_len = len(tokenizer.apply_chat_template(pm, tokenize=False, add_generation_prompt=True))
        ids, roles = token_roles(tokenizer, text, ground.tool_ranges(sid), prompt_len)
        lookup[tuple(ids)] = roles
    check(True, f"no token crosses a prompt / model / tool border ({len(lookup)} conversations)")

    def args(method: str, data: Path) -> argparse.Namespace:
        return train.parse_args([method, "--model", "tiny", "--data", str(data), "--chat-template", "unused", "--output", str(a.work / method),
                                 "--max-steps", "3", "--grad-accum", "1", "--max-length", "4096", "--logging-steps", "1", "--lr", "1e-3"])

    # 2 + 3. SFT with assistant-only loss.
    sft = train.build_trainer(args("sft", a.export / "sft.jsonl"), tiny_model(tokenizer), tokenizer)
    prove_masking("SFT", sft, lambda b: unpadded(b["input_ids"], b["attention_mask"]), lookup, True)
    out = sft.train()
    check(torch.isfinite(torch.tensor(out.training_loss)).item() and out.global_step == 3, f"SFT ran 3 optimizer steps (loss {out.training_loss:.3f})")

    # DPO with SIaM's SFT term, tool turns masked.
    dpo = train.build_trainer(args("dpo", a.export / "dpo.jsonl"), tiny_model(tokenizer), tokenizer)
    check(dpo.loss_types == ["sigmoid", "sft"] and dpo.loss_weights == [1.0, 1.0], "DPO uses loss_type ['sigmoid', 'sft'] with weights [1, λ]")
    prove_masking("DPO + SFT term", dpo, lambda b: unpadded(b["input_ids"], b["attention_mask"]), lookup, True)
    out = dpo.train()
    check(torch.isfinite(torch.tensor(out.training_loss)).item() and out.global_step == 3, f"DPO ran 3 optimizer steps (loss {out.training_loss:.3f})")
    plain = DPOTrainer(model=tiny_model(tokenizer), ref_model=tiny_model(tokenizer), args=dpo.args, train_dataset=train.load_dataset("json", data_files=str(a.export / "dpo.jsonl"))["train"], processing_class=tokenizer)
    prove_masking("plain TRL DPO", plain, lambda b: unpadded(b["input_ids"], b["attention_mask"]), lookup, False)

    # ORPO, odds-ratio and NLL terms masked.
    def orpo_rows(trainer):
        def rows(batch):
            c = trainer.concatenated_inputs(batch, padding_value=trainer.padding_value)
            return unpadded(c["concatenated_input_ids"], c["concatenated_attention_mask"])
        return rows

    orpo = train.build_trainer(args("orpo", a.export / "dpo.jsonl"), tiny_model(tokenizer), tokenizer)
    prove_masking("ORPO", orpo, orpo_rows(orpo), lookup, True)
    out = orpo.train()
    check(torch.isfinite(torch.tensor(out.training_loss)).item() and out.global_step == 3, f"ORPO ran 3 optimizer steps (loss {out.training_loss:.3f})")
    plain = ORPOTrainer(model=tiny_model(tokenizer), args=orpo.args, train_dataset=train.load_dataset("json", data_files=str(a.export / "dpo.jsonl"))["train"], processing_class=tokenizer)
    prove_masking("plain TRL ORPO", plain, orpo_rows(plain), lookup, False)

    print(f"{RESULTS['passed']} passed, {RESULTS['failed']} failed")
    sys.exit(1 if RESULTS["failed"] else 0)


if __name__ == "__main__":
    main()

"""Keep execution output out of the loss in TRL's DPO and ORPO (TRL 1.13).

What TRL masks on its own (read from trl 1.13's source):

- SFTTrainer with ``assistant_only_loss=True`` trains only on tokens inside the chat template's
  ``{% generation %}`` spans. The export's template leaves the prompt and every ``tool`` turn
  (the ```output block) outside them, so SFT needs nothing from this module.
- DPOTrainer gives loss to every token of ``chosen`` / ``rejected`` after the prompt: its
  ``completion_mask`` is ``[0] * prompt + [1] * completion``, tool turns included, and its "sft"
  loss term uses the same mask.
- ORPOTrainer (``trl.experimental.orpo``) labels every token after the prompt for the odds-ratio
  term, and computes its NLL term over the *whole* sequence, prompt included.

This module rebuilds those masks from the template's ``{% generation %}`` spans (transformers'
``return_assistant_tokens_mask``), so in both trainers only what the model wrote carries loss:
its text and code, the ```output stop string it emitted, and its end-of-turn token.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F
from trl import DPOTrainer
from trl.experimental.orpo import ORPOTrainer
from trl.trainer.dpo_trainer import DataCollatorForPreference


def generation_mask(tokenizer, messages: list[dict], kwargs: dict | None) -> tuple[list[int], list[int]]:
    """Token ids of the rendered conversation and 1 for each token inside a ``{% generation %}`` span."""
    enc = tokenizer.apply_chat_template(
        messages, tokenize=True, return_dict=True, return_assistant_tokens_mask=True, **(kwargs or {})
    )
    return list(enc["input_ids"]), list(enc["assistant_masks"])


class ToolMaskedPreferenceCollator(DataCollatorForPreference):
    """TRL's preference collator, with the completion mask limited to what the model wrote."""

    def torch_call(self, examples: list[dict[str, Any]]) -> dict[str, Any]:
        out = super().torch_call(examples)
        masks = [[0] * len(e["prompt_ids"]) + list(e["chosen_loss_mask"]) for e in examples]
        masks += [[0] * len(e["prompt_ids"]) + list(e["rejected_loss_mask"]) for e in examples]
        if self.max_length is not None:
            cut = slice(None, self.max_length) if self.truncation_mode == "keep_start" else slice(-self.max_length, None)
            masks = [m[cut] for m in masks]
        width = out["completion_mask"].shape[1]
        padded = torch.zeros_like(out["completion_mask"])
        for i, m in enumerate(masks):
            padded[i, : len(m)] = torch.tensor(m[:width], dtype=padded.dtype)
        out["completion_mask"] = out["completion_mask"] * padded
        return out


class ToolMaskedDPOTrainer(DPOTrainer):
    """DPOTrainer whose completion mask (DPO term and SFT term alike) leaves out tool turns."""

    def _prepare_dataset(self, dataset, processing_class, args, dataset_name):
        dataset = super()._prepare_dataset(dataset, processing_class, args, dataset_name)

        def add_masks(example):
            out = {}
            for side in ("chosen", "rejected"):
                ids, mask = generation_mask(processing_class, example["prompt"] + example[side], example.get("chat_template_kwargs"))
                n = len(example["prompt_ids"])
                # The mask must describe exactly the tokens TRL trains on, or it would shift.
                if ids[:n] != list(example["prompt_ids"]) or ids[n:] != list(example[f"{side}_ids"]):
                    raise ValueError(f"{dataset_name}: the template renders {side} differently from TRL's tokenization")
                out[f"{side}_loss_mask"] = mask[n:]
            return out

        return dataset.map(add_masks, desc=f"Masking tool turns in {dataset_name}")

    def _set_signature_columns_if_needed(self):
        super()._set_signature_columns_if_needed()
        if "chosen_loss_mask" not in self._signature_columns:
            self._signature_columns = [*self._signature_columns, "chosen_loss_mask", "rejected_loss_mask"]


def _aligned(labels: list[int], ids: list[int], full_ids: list[int], mask: list[int]) -> list[int]:
    """Applies a mask computed on ``full_ids`` to ORPO's ``ids`` (which may gain a BOS or an EOS)."""
    offset = 0 if ids[: len(full_ids)] == full_ids else 1 if ids[1 : 1 + len(full_ids)] == full_ids else None
    if offset is None and ids == full_ids[: len(ids)]:
        offset = 0  # truncated by max_length
    if offset is None:
        raise ValueError("ORPO tokenized a row differently from the chat template; cannot mask its tool turns")
    out = list(labels)
    for i in range(len(out)):
        j = i - offset
        keep = mask[j] if 0 <= j < len(mask) else i >= offset + len(mask)  # an appended EOS is the model's
        if not keep:
            out[i] = -100
    return out


class ToolMaskedORPOTrainer(ORPOTrainer):
    """ORPOTrainer whose odds-ratio and NLL terms both cover only what the model wrote."""

    def __init__(self, *args, train_dataset=None, eval_dataset=None, processing_class=None, **kwargs):
        def add_masks(example):
            out = {}
            for side in ("chosen", "rejected"):
                ids, mask = generation_mask(processing_class, example["prompt"] + example[side], example.get("chat_template_kwargs"))
                out[f"{side}_full_ids"], out[f"{side}_loss_mask"] = ids, mask
            return out

        train_dataset = train_dataset.map(add_masks, desc="Masking tool turns")
        if eval_dataset is not None:
            eval_dataset = eval_dataset.map(add_masks, desc="Masking tool turns")
        super().__init__(*args, train_dataset=train_dataset, eval_dataset=eval_dataset, processing_class=processing_class, **kwargs)

    def tokenize_row(self, feature, model=None):
        batch = super().tokenize_row(feature, model)
        for side in ("chosen", "rejected"):
            batch[f"{side}_labels"] = _aligned(
                batch[f"{side}_labels"], batch[f"{side}_input_ids"], list(feature[f"{side}_full_ids"]), list(feature[f"{side}_loss_mask"])
            )
        return batch

    def concatenated_forward(self, model, batch):
        out = list(super().concatenated_forward(model, batch))
        # TRL's NLL term covers prompt and tool tokens; recompute it over the masked chosen labels.
        labels = self.concatenated_inputs(batch, padding_value=self.padding_value, device=self.accelerator.device)["concatenated_labels"]
        chosen_logits = out[2]
        chosen_labels = labels[: chosen_logits.shape[0], 1:]
        out[4] = F.cross_entropy(chosen_logits.reshape(-1, chosen_logits.shape[-1]), chosen_labels.reshape(-1), ignore_index=-100)
        return tuple(out)

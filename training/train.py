"""Train a causal LM on an LCE Playground export with TRL, as exported, with no conversion step.

    python training/train.py sft  --model Qwen/Qwen2.5-Math-1.5B-Instruct --data sft.jsonl  --chat-template sft.chat_template.jinja  --output out/sft
    python training/train.py dpo  --model out/sft --data dpo.jsonl --chat-template dpo.chat_template.jinja --output out/dpo --sft-weight 1.0
    python training/train.py orpo --model out/sft --data dpo.jsonl --chat-template dpo.chat_template.jinja --output out/orpo

Multi-GPU: ``accelerate launch --config_file training/accelerate/ddp.yaml training/train.py …`` (or
``zero3.yaml`` for DeepSpeed ZeRO-3). SFT uses assistant-only loss; DPO adds SIaM's SFT term
(``loss_type=["sigmoid", "sft"]``, weight λ = ``--sft-weight``); DPO and ORPO mask execution output
(see tool_masking.py).
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer

from tool_masking import ToolMaskedDPOTrainer, ToolMaskedORPOTrainer, ToolMaskedPreferenceCollator


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("method", choices=["sft", "dpo", "orpo"])
    p.add_argument("--model", required=True, help="a Hugging Face model id or a local checkpoint")
    p.add_argument("--data", required=True, help="the exported rows (sft.jsonl, dpo.jsonl …)")
    p.add_argument("--eval-data", help="the exported eval split (*.eval.jsonl)")
    p.add_argument("--chat-template", required=True, help="the exported *.chat_template.jinja")
    p.add_argument("--output", required=True)
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--max-steps", type=int, default=-1)
    p.add_argument("--lr", type=float, default=None, help="default: 1e-5 for SFT, 5e-7 for DPO, 8e-6 for ORPO")
    p.add_argument("--batch-size", type=int, default=1)
    p.add_argument("--grad-accum", type=int, default=8)
    p.add_argument("--max-length", type=int, default=2048)
    p.add_argument("--beta", type=float, default=0.1, help="DPO's β, or ORPO's λ weight of the odds-ratio term")
    p.add_argument("--sft-weight", type=float, default=1.0, help="λ of SIaM's SFT term in DPO (0 turns it off)")
    p.add_argument("--bf16", action="store_true")
    p.add_argument("--gradient-checkpointing", action="store_true")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--logging-steps", type=int, default=10)
    p.add_argument("--report-to", default="none")
    return p.parse_args(argv)


def load_tokenizer(model: str, template: str):
    tokenizer = AutoTokenizer.from_pretrained(model)
    # The export's template renders rows exactly as the playground prompted the model.
    tokenizer.chat_template = Path(template).read_text(encoding="utf-8")
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def common(args: argparse.Namespace, lr: float) -> dict:
    return dict(
        output_dir=args.output,
        num_train_epochs=args.epochs,
        max_steps=args.max_steps,
        learning_rate=args.lr if args.lr is not None else lr,
        per_device_train_batch_size=args.batch_size,
        per_device_eval_batch_size=args.batch_size,
        gradient_accumulation_steps=args.grad_accum,
        max_length=args.max_length,
        bf16=args.bf16,
        gradient_checkpointing=args.gradient_checkpointing,
        seed=args.seed,
        logging_steps=args.logging_steps,
        save_strategy="no",
        report_to=args.report_to,
    )


def build_trainer(args: argparse.Namespace, model=None, tokenizer=None):
    """The TRL trainer for ``args.method``; ``model`` / ``tokenizer`` may be passed in (the smoke test does)."""
    tokenizer = tokenizer or load_tokenizer(args.model, args.chat_template)
    # DPO's frozen reference: TRL loads it again from the model's path; a model built in memory has none.
    reference = copy.deepcopy(model) if model is not None else None
    model = model or AutoModelForCausalLM.from_pretrained(args.model)
    files = {"train": args.data, **({"validation": args.eval_data} if args.eval_data else {})}
    data = load_dataset("json", data_files=files)
    train, evaluation = data["train"], data.get("validation")
    if args.method == "sft":
        from trl import SFTConfig, SFTTrainer

        config = SFTConfig(**common(args, 1e-5), assistant_only_loss=True)
        return SFTTrainer(model=model, args=config, train_dataset=train, eval_dataset=evaluation, processing_class=tokenizer)
    if args.method == "dpo":
        from trl import DPOConfig

        losses = ["sigmoid", "sft"] if args.sft_weight > 0 else ["sigmoid"]
        weights = [1.0, args.sft_weight] if args.sft_weight > 0 else [1.0]
        config = DPOConfig(**common(args, 5e-7), beta=args.beta, loss_type=losses, loss_weights=weights)
        collator = ToolMaskedPreferenceCollator(pad_token_id=tokenizer.pad_token_id, max_length=config.max_length, truncation_mode=config.truncation_mode)
        return ToolMaskedDPOTrainer(model=model, ref_model=reference, args=config, train_dataset=train, eval_dataset=evaluation, processing_class=tokenizer, data_collator=collator)
    from trl.experimental.orpo import ORPOConfig

    config = ORPOConfig(**common(args, 8e-6), beta=args.beta, remove_unused_columns=False)
    return ToolMaskedORPOTrainer(model=model, args=config, train_dataset=train, eval_dataset=evaluation, processing_class=tokenizer)


def main(argv=None) -> None:
    args = parse_args(argv)
    trainer = build_trainer(args)
    trainer.train()
    trainer.save_model(args.output)
    # The checkpoint keeps the template, so it renders rows the way it was trained.
    trainer.processing_class.save_pretrained(args.output)


if __name__ == "__main__":
    main()

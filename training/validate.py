#!/usr/bin/env python3
"""Checks an LCE Playground export against its format's column contract. Standard library only.

    python3 training/validate.py FILE.jsonl [--format sft|dpo|orpo|kto|autocode|llamafactory|
        llamafactory-preference|llamafactory-kto|openai|openai-preference]

Without --format the format is recognised from the first row's columns. Prints one line per
problem (file, line, what is wrong) and a summary; exits 1 when any row breaks the contract.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any, Callable

Problems = list[str]


def _messages(value: Any, where: str, roles: set[str], out: Problems) -> list[dict]:
    if not isinstance(value, list) or not value:
        out.append(f"{where} must be a non-empty list of messages")
        return []
    for i, m in enumerate(value):
        if not isinstance(m, dict) or m.get("role") not in roles or not isinstance(m.get("content"), str):
            out.append(f"{where}[{i}] must be {{role: {'|'.join(sorted(roles))}, content: string}}")
    return [m for m in value if isinstance(m, dict)]


def _completion(value: Any, where: str, out: Problems) -> None:
    turns = _messages(value, where, {"assistant", "tool"}, out)
    if turns and turns[0].get("role") != "assistant":
        out.append(f"{where} must start with an assistant turn")
    for a, b in zip(turns, turns[1:]):
        if a.get("role") == "tool" and b.get("role") == "tool":
            out.append(f"{where} has two tool turns in a row (each output follows the code that made it)")


def _prompt(value: Any, where: str, out: Problems) -> None:
    turns = _messages(value, where, {"system", "user"}, out)
    if turns and turns[-1].get("role") != "user":
        out.append(f"{where} must end with the user turn")


def _kwargs(row: dict, out: Problems) -> None:
    kw = row.get("chat_template_kwargs")
    if kw is not None and (not isinstance(kw, dict) or not all(isinstance(v, str) for v in kw.values())):
        out.append("chat_template_kwargs must be an object of strings")


def check_sft(row: dict, out: Problems) -> None:
    turns = _messages(row.get("messages"), "messages", {"system", "user", "assistant", "tool"}, out)
    first = next((i for i, m in enumerate(turns) if m.get("role") in ("assistant", "tool")), None)
    if first is None:
        out.append("messages has no assistant turn")
    else:
        _prompt(turns[:first], "messages (prompt turns)", out)
        _completion(turns[first:], "messages (completion turns)", out)
    _kwargs(row, out)


def check_pair(row: dict, out: Problems) -> None:
    _prompt(row.get("prompt"), "prompt", out)
    _completion(row.get("chosen"), "chosen", out)
    _completion(row.get("rejected"), "rejected", out)
    if row.get("chosen") == row.get("rejected"):
        out.append("chosen and rejected are identical")
    _kwargs(row, out)


def check_kto(row: dict, out: Problems) -> None:
    _prompt(row.get("prompt"), "prompt", out)
    _completion(row.get("completion"), "completion", out)
    if not isinstance(row.get("label"), bool):
        out.append("label must be true or false")
    _kwargs(row, out)


def _probability(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) and 0 <= x <= 1


def check_autocode(row: dict, out: Problems) -> None:
    _prompt(row.get("prompt"), "prompt", out)
    est = row.get("estimates")
    for m in ("cot", "code"):
        e = est.get(m) if isinstance(est, dict) else None
        if not isinstance(e, dict) or not isinstance(e.get("rollouts"), int) or not isinstance(e.get("successes"), int):
            out.append(f"estimates.{m} must be {{q, successes, rollouts}}")
            continue
        n, s, q = e["rollouts"], e["successes"], e.get("q")
        if not 0 <= s <= n or (q is None) != (n == 0) or (n and (not _probability(q) or abs(q - s / n) > 1e-9)):
            out.append(f"estimates.{m}: q must be successes / rollouts ({s} / {n}), got {q}")
    prior = row.get("prior")
    if not isinstance(prior, dict) or not all(_probability(prior.get(m)) for m in ("cot", "code")) or abs(prior["cot"] + prior["code"] - 1) > 1e-9:
        out.append("prior must give cot and code probabilities that sum to 1")
    if not isinstance(row.get("alpha"), (int, float)) or not row["alpha"] > 0:
        out.append("alpha must be a positive number")
    ref = row.get("reference_strategy")
    if ref is not None and (not isinstance(ref, dict) or not all(_probability(ref.get(m)) for m in ("cot", "code")) or abs(ref["cot"] + ref["code"] - 1) > 1e-9):
        out.append("reference_strategy must be null or cot / code probabilities that sum to 1")
    if row.get("decision") not in ("cot", "code", None) or (ref is None) != (row.get("decision") is None):
        out.append("decision must be cot or code when there is a reference strategy, else null")
    for i, r in enumerate(row.get("responses") if isinstance(row.get("responses"), list) else []):
        if not isinstance(r, dict) or r.get("kind") not in ("self-exploratory", "self-reflective"):
            out.append(f"responses[{i}].kind must be self-exploratory or self-reflective")
            continue
        _completion(r.get("completion"), f"responses[{i}].completion", out)
        if not isinstance(r.get("reward"), (int, float)) or isinstance(r.get("reward"), bool):
            out.append(f"responses[{i}].reward must be a number")
        lp = r.get("behaviour_logprob")
        if lp is not None and (not isinstance(lp, (int, float)) or lp > 0):
            out.append(f"responses[{i}].behaviour_logprob must be null or a log-probability (≤ 0)")
    if not isinstance(row.get("rollout_ids"), list):
        out.append("rollout_ids must list the samples behind the estimates")


def _sharegpt(turns: Any, out: Problems, ranking: bool) -> None:
    if not isinstance(turns, list) or not turns:
        out.append("conversations must be a non-empty list")
        return
    for i, t in enumerate(turns):
        allowed = ("human", "observation") if i % 2 == 0 else ("gpt", "function_call")
        if not isinstance(t, dict) or t.get("from") not in allowed or not isinstance(t.get("value"), str):
            out.append(f"conversations[{i}] must be {{from: {' or '.join(allowed)}, value: string}} (sharegpt's ordering rule)")
    if (len(turns) % 2 == 0) == ranking:
        out.append("conversations must end with " + ("a human or observation turn (ranking rows)" if ranking else "a gpt turn"))


def check_llamafactory(row: dict, out: Problems) -> None:
    _sharegpt(row.get("conversations"), out, ranking=False)
    if not isinstance(row.get("system", ""), str):
        out.append("system must be a string")


def check_llamafactory_preference(row: dict, out: Problems) -> None:
    _sharegpt(row.get("conversations"), out, ranking=True)
    for side in ("chosen", "rejected"):
        v = row.get(side)
        if not isinstance(v, dict) or v.get("from") not in ("gpt", "function_call") or not isinstance(v.get("value"), str):
            out.append(f"{side} must be one {{from: gpt, value: string}} object")


def check_llamafactory_kto(row: dict, out: Problems) -> None:
    check_llamafactory(row, out)
    if not isinstance(row.get("kto_tag"), bool):
        out.append("kto_tag must be true or false")


def check_openai(row: dict, out: Problems) -> None:
    msgs = row.get("messages")
    if not isinstance(msgs, list) or not msgs:
        out.append("messages must be a non-empty list")
        return
    calls: set[str] = set()
    for i, m in enumerate(msgs):
        role = m.get("role") if isinstance(m, dict) else None
        if role not in ("system", "user", "assistant", "tool"):
            out.append(f"messages[{i}].role must be system, user, assistant or tool")
        elif role == "assistant":
            for c in m.get("tool_calls") or []:
                if c.get("type") != "function" or not isinstance(c.get("function", {}).get("arguments"), str):
                    out.append(f"messages[{i}].tool_calls must be function calls with string arguments")
                calls.add(c.get("id"))
            if m.get("content") is None and not m.get("tool_calls"):
                out.append(f"messages[{i}] has neither content nor tool calls")
        elif role == "tool" and m.get("tool_call_id") not in calls:
            out.append(f"messages[{i}] answers no earlier tool call")
    if not any(isinstance(m, dict) and m.get("role") == "assistant" for m in msgs):
        out.append("messages has no assistant message")


def check_openai_preference(row: dict, out: Problems) -> None:
    inp = row.get("input")
    if not isinstance(inp, dict):
        out.append("input must be {messages: [...]}")
    else:
        _prompt(inp.get("messages"), "input.messages", out)
    for side in ("preferred_output", "non_preferred_output"):
        v = row.get(side)
        if not isinstance(v, list) or len(v) != 1 or not isinstance(v[0], dict) or v[0].get("role") != "assistant" or not isinstance(v[0].get("content"), str):
            out.append(f"{side} must be a list of exactly one assistant message")


CHECKS: dict[str, Callable[[dict, Problems], None]] = {
    "sft": check_sft,
    "dpo": check_pair,
    "orpo": check_pair,
    "kto": check_kto,
    "autocode": check_autocode,
    "llamafactory": check_llamafactory,
    "llamafactory-preference": check_llamafactory_preference,
    "llamafactory-kto": check_llamafactory_kto,
    "openai": check_openai,
    "openai-preference": check_openai_preference,
}


def recognise(row: dict) -> str | None:
    if "problem_key" in row and "estimates" in row:
        return "autocode"
    if "conversations" in row:
        return "llamafactory-preference" if "chosen" in row else "llamafactory-kto" if "kto_tag" in row else "llamafactory"
    if "preferred_output" in row:
        return "openai-preference"
    if "messages" in row:
        return "openai" if "tools" in row else "sft"
    if "chosen" in row and "rejected" in row:
        return "dpo"
    if "completion" in row and "label" in row:
        return "kto"
    return None


def validate(path: str, fmt: str | None) -> tuple[int, list[str]]:
    problems: list[str] = []
    rows = 0
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            rows += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{path}:{n}: not JSON ({e})")
                continue
            if not isinstance(row, dict):
                problems.append(f"{path}:{n}: not a JSON object")
                continue
            fmt = fmt or recognise(row)
            if fmt is None:
                problems.append(f"{path}:{n}: cannot tell the format from its columns; pass --format")
                break
            found: Problems = []
            CHECKS[fmt](row, found)
            problems += [f"{path}:{n}: {p}" for p in found]
    return rows, problems if fmt or problems else [f"{path}: no rows"]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file")
    p.add_argument("--format", choices=sorted(CHECKS))
    a = p.parse_args(argv)
    rows, problems = validate(a.file, a.format)
    for line in problems:
        print(line)
    print(f"{a.file}: {rows} rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

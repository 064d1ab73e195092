#!/usr/bin/env python3
"""End-to-end test of the headless `./provlens` command on the built product.

Runs the real launcher (plain Java, no display) on the bundled samples and on malformed files, and compares its
`summary --json` with counts computed here, independently of the Java code, from the raw records. Run by the
Maven build after the product is materialized (and checks that its archive, unpacked elsewhere, runs by its own
start script); prints 'N passed, N failed' and exits non-zero on any failure.
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LAUNCHER = os.path.join(ROOT, "provlens")
SAMPLES = os.path.join(ROOT, "samples", "flowcept")
results = {"passed": 0, "failed": 0}


def provlens(*args):
    env = dict(os.environ)
    env.pop("DISPLAY", None)  # headless commands must not need a display
    started = time.monotonic()
    proc = subprocess.run([LAUNCHER, *args], capture_output=True, text=True, env=env, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr, time.monotonic() - started


def check(name, condition, detail=""):
    if condition:
        results["passed"] += 1
        print(f"PASS {name}")
    else:
        results["failed"] += 1
        print(f"FAIL {name} {detail}")


def flowcept_records(path):
    """The records of a Flowcept JSON array or JSONL file, skipping lines that are not JSON objects."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.lstrip().startswith("["):
        return json.loads(text)
    records = []
    for line in text.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            records.append(value)
    return records


def expected_counts(path):
    """Tasks, workflows and tasks per activity as Flowcept defines them: one task per task_id."""
    tasks, workflows = {}, set()
    for r in flowcept_records(path):
        campaign = r.get("campaign_id") or "default"
        if r.get("type") == "workflow":
            if r.get("workflow_id"):
                workflows.add(r["workflow_id"])
            continue
        if not r.get("task_id"):
            continue
        workflows.add(r.get("workflow_id") or campaign + "/tasks-without-workflow")
        activity = tasks.get(r["task_id"])
        tasks[r["task_id"]] = activity or r.get("activity_id") or "(none)"
    by_activity = {}
    for activity in tasks.values():
        by_activity[activity] = by_activity.get(activity, 0) + 1
    return len(tasks), len(workflows), by_activity


def summary_matches(name, path):
    code, out, err, seconds = provlens("summary", "--json", path)
    check(f"{name}: exit status 0", code == 0, err)
    try:
        summary = json.loads(out)
    except ValueError:
        check(f"{name}: JSON output", False, out[:200] + err[:200])
        return seconds
    tasks, workflows, by_activity = expected_counts(path)
    check(f"{name}: tasks {tasks}", summary["tasks"] == tasks, summary["tasks"])
    check(f"{name}: workflows {workflows}", summary["workflows"] == workflows, summary["workflows"])
    check(f"{name}: by_activity", summary["by_activity"] == by_activity, summary["by_activity"])
    check(f"{name}: nothing skipped", summary["skipped"] == 0 and summary["errors"] == [], summary["errors"])
    for key in ("artifacts", "used", "generated", "parameters", "metrics", "series", "samples"):
        check(f"{name}: key {key}", isinstance(summary.get(key), int), summary.get(key))
    return seconds


def main():
    seconds = summary_matches("LLM fine-tuning sample", os.path.join(SAMPLES, "llm_finetune_sample.jsonl"))
    summary_matches("Flowcept's own sample export", os.path.join(SAMPLES, "flowcept_sample_data.json"))
    print(f"FIGURE wall time of ./provlens summary --json on the LLM sample: {seconds:.2f} s")

    with tempfile.TemporaryDirectory() as tmp:
        broken = os.path.join(tmp, "broken.jsonl")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('{"task_id": "a", "activity_id": "x", "status": "FINISHED"}\n')
            f.write("not json at all\n")
            f.write('{"activity_id": "no id"}\n')
            f.write('{"task_id": "b", "activity_id": "x", "status": "FINISHED"}\n')
            f.write('{"task_id": "c", "activ')
        code, out, err, _ = provlens("summary", "--json", broken)
        check("malformed JSONL: exit status 1", code == 1, (code, err))
        summary = json.loads(out) if out.strip() else {}
        check("malformed JSONL: good records counted", summary.get("tasks") == 2, summary.get("tasks"))
        lines = sorted(e.get("line") for e in summary.get("errors", []))
        check("malformed JSONL: errors name lines 2, 3 and 5", lines == [2, 3, 5], summary.get("errors"))
        check("malformed JSONL: errors name the file",
              all(e.get("file") == broken for e in summary.get("errors", [])), summary.get("errors"))

        not_mlmd = os.path.join(tmp, "mlmd")
        with sqlite3.connect(not_mlmd) as db:
            db.execute("create table notes (id integer primary key, text text)")
        code, out, err, _ = provlens("validate", "--json", not_mlmd)
        check("a SQLite file that is not an MLMD store: exit status 1", code == 1, (code, out, err))
        check("... and the error names the file", not_mlmd in out, out)

    code, out, err, _ = provlens("--help")
    check("--help: exit 0 and lists the commands", code == 0 and "summary" in out, (code, err))
    code, out, err, _ = provlens("query", os.path.join(SAMPLES, "llm_finetune_sample.jsonl"))
    check("query without --level: exit 2, one line", code == 2 and len(err.strip().splitlines()) == 1, (code, err))
    code, out, err, _ = provlens("query", os.path.join(SAMPLES, "llm_finetune_sample.jsonl"), "--level",
                                 "model_train", "--where", "status = = x")
    check("query with a bad filter: exit 2 naming the column", code == 2 and "column" in err, (code, err))

    # The README's filter example works on the bundled sample as written.
    code, out, err, _ = provlens("query", os.path.join(SAMPLES, "llm_finetune_sample.jsonl"), "--level", "model_train",
                                 "--where", "used.learning_rate >= 0.0001 and status != ERROR", "--format", "csv")
    check("the README's filter example selects rows of the sample", code == 0 and len(out.splitlines()) > 1,
          (code, out, err))
    code, out, err, _ = provlens("sumary", os.path.join(SAMPLES, "llm_finetune_sample.jsonl"))
    check("a mistyped command goes to the headless dispatcher: exit 2 with a suggestion and the usage",
          code == 2 and "did you mean 'summary'" in err and "Usage: provlens" in err, (code, err))
    with tempfile.TemporaryDirectory() as tmp:
        store = os.path.join(tmp, "mlmd")
        with sqlite3.connect(store) as db:
            db.execute("create table notes (id integer primary key, text text)")
        code, out, err, _ = provlens("validate", store)
        check("reading SQLite prints no JDK native-access warnings", "native" not in err.lower(), err)

    archive_runs_on_its_own()

    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


def archive_runs_on_its_own():
    """The product archive, unpacked elsewhere, starts by its own script and carries its samples and JVM options."""
    archive = os.path.join(ROOT, "releng", "org.provlens.product", "target", "products",
                           "org.provlens.product-linux.gtk.x86_64.tar.gz")
    check("the product archive exists", os.path.isfile(archive), archive)
    if not os.path.isfile(archive):
        return
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["tar", "xzf", archive, "-C", tmp], check=True)
        script = os.path.join(tmp, "provlens")
        check("the archive has the provlens start script, executable", os.access(script, os.X_OK))
        with open(os.path.join(tmp, "eclipse.ini"), encoding="utf-8") as f:
            ini = f.read().split()
        check("eclipse.ini sets the heap after -vmargs", "-vmargs" in ini and any(
            a.startswith("-XX:MaxRAMPercentage=") or a.startswith("-Xmx") for a in ini[ini.index("-vmargs"):]), ini)
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        proc = subprocess.run([script, "summary", "--json", os.path.join("samples", "flowcept", "llm_finetune_sample.jsonl")],
                              capture_output=True, text=True, env=env, cwd=tmp, timeout=300)
        tasks, _, _ = expected_counts(os.path.join(SAMPLES, "llm_finetune_sample.jsonl"))
        try:
            found = json.loads(proc.stdout).get("tasks")
        except ValueError:
            found = None
        check(f"the unpacked archive's script summarises its own sample copy: {tasks} tasks",
              proc.returncode == 0 and found == tasks, (proc.returncode, found, proc.stderr[-300:]))


if __name__ == "__main__":
    sys.exit(main())

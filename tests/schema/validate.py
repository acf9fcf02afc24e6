#!/usr/bin/python3
"""Validate the level files against the published JSON Schemas.

Checks levels/schema.json, levels/animations.schema.json,
levels/kiosk-config.schema.json, levels/settings.schema.json and
levels/profiles.schema.json and levels/facts.schema.json against the
draft 2020-12 meta-schema, then every levels/*.json (except the schema files)
against levels/schema.json (levels/facts.json against levels/facts.schema.json), every translation levels/<lang>/*.json against
levels/translation.schema.json, assets/animations.json against
levels/animations.schema.json, and docs/kiosk-config.example.json against
levels/kiosk-config.schema.json, each pair when both exist (the example's
PIN is printed here, so the schema must refuse it, and only it: the example
is checked as shipped, where /pin alone must fail, and with the PIN an
operator sets in its place, where it must pass). No settings file
is shipped, so levels/settings.schema.json is only checked itself (nor a
profile list: levels/profiles.schema.json neither; the kiosk
example's settings keys are checked by the kiosk schema). Prints one line
per problem, "FILE: /json/pointer: message", then "N passed, N failed"
(files), and exits 1 if any file failed, 2 on a usage error.

Usage: validate.py [REPO_ROOT]   (default: the repository holding this script)

Run it with Debian's python3 (/usr/bin/python3, package python3-jsonschema).
Cross-file checks (a routine's zone and animations exist, unique ids, labels
inside polygons) are `facemap --check`'s job, not this script's.
"""
import json
import sys
from pathlib import Path

try:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import SchemaError
except ImportError:
    sys.exit("validate.py: needs the jsonschema module "
             "(Debian: apt-get install python3-jsonschema; run /usr/bin/python3)")


def pointer(path):
    """JSON pointer (RFC 6901) for a jsonschema error path; "/" for the root."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts)


def load(path, name, problems):
    """Parsed JSON of path, or None after adding a problem."""
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{name}: /: cannot read: {e}")
    except json.JSONDecodeError as e:
        problems.append(f"{name}: /: not valid JSON: {e.msg} (line {e.lineno}, column {e.colno})")
    return None


SIZE_WORDS = {  # jsonschema's own messages for these repeat the whole value
    "minLength": ("too short", "at least", "characters"),
    "maxLength": ("too long", "at most", "characters"),
    "minItems": ("too short", "at least", "items"),
    "maxItems": ("too long", "at most", "items"),
}


def message(e):
    """The error's message, without echoing a long string or array."""
    if e.validator in SIZE_WORDS:
        what, bound, unit = SIZE_WORDS[e.validator]
        return f"{what}: {len(e.instance)} {unit}, {bound} {e.validator_value}"
    return e.message if len(e.message) <= 200 else e.message[:197] + "..."


def errors(validator, instance, name):
    """Problem lines for instance, sorted by where they are in the file."""
    def where(e):  # array indices in numeric order, before object keys
        return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in e.absolute_path]
    found = sorted(validator.iter_errors(instance), key=where)
    return [f"{name}: {pointer(e.absolute_path)}: {message(e)}" for e in found]


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip())
        return 2 if len(argv) > 2 else 0
    root = Path(argv[1]) if len(argv) == 2 else Path(__file__).resolve().parents[2]
    levels = root / "levels"
    level_schema = levels / "schema.json"
    anim_schema = levels / "animations.schema.json"
    anim_file = root / "assets" / "animations.json"
    kiosk_schema = levels / "kiosk-config.schema.json"
    kiosk_file = root / "docs" / "kiosk-config.example.json"
    settings_schema = levels / "settings.schema.json"  # no shipped file to check against it
    profiles_schema = levels / "profiles.schema.json"  # nor against this one
    translation_schema = levels / "translation.schema.json"  # every levels/<lang>/*.json
    facts_schema = levels / "facts.schema.json"  # levels/facts.json
    if not level_schema.is_file():
        print(f"validate.py: {level_schema}: no such file", file=sys.stderr)
        return 2

    passed = failed = 0

    def report(lines):
        nonlocal passed, failed
        for line in lines:
            print(line)
        if lines:
            failed += 1
        else:
            passed += 1

    def rel(path):
        return path.relative_to(root).as_posix()

    # The schemas themselves, against the draft 2020-12 meta-schema.
    validators = {}
    for path in (level_schema, anim_schema, kiosk_schema, settings_schema, profiles_schema,
                 translation_schema, facts_schema):
        if not path.is_file():
            continue
        problems = []
        schema = load(path, rel(path), problems)
        if schema is not None:
            try:
                Draft202012Validator.check_schema(schema)
            except SchemaError:  # list every problem, not only the best match
                meta = Draft202012Validator(Draft202012Validator.META_SCHEMA)
                problems += errors(meta, schema, rel(path))
        if not problems:
            validators[path] = Draft202012Validator(schema)
        report(problems)

    # The content, each file against its schema.
    targets = [(p, facts_schema if p.name == "facts.json" else level_schema)
               for p in sorted(levels.glob("*.json"))
               if p != level_schema and not p.name.endswith(".schema.json")]
    if translation_schema.is_file():
        targets += [(p, translation_schema) for p in sorted(levels.glob("*/*.json"))]
    if anim_file.is_file() and anim_schema.is_file():
        targets.append((anim_file, anim_schema))
    for path, schema_path in targets:
        problems = []
        instance = load(path, rel(path), problems)
        validator = validators.get(schema_path)
        if validator is None:
            problems.append(f"{rel(path)}: /: not checked: {rel(schema_path)} is broken")
        elif instance is not None:
            problems += errors(validator, instance, rel(path))
        report(problems)
    if kiosk_file.is_file() and kiosk_schema in validators:
        problems = []
        instance = load(kiosk_file, rel(kiosk_file), problems)
        if isinstance(instance, dict):
            shipped = errors(validators[kiosk_schema], instance, rel(kiosk_file))
            if [line.split(": ")[1] for line in shipped] != ["/pin"]:
                problems += [f"{rel(kiosk_file)}: /pin: the schema must refuse the example's PIN, and "
                             f"nothing else; it says: {shipped}"]
            instance["pin"] = "58203"  # the operator's own
            problems += errors(validators[kiosk_schema], instance, rel(kiosk_file) + " (own PIN)")
        report(problems)

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

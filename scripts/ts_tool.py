#!/usr/bin/env python3
"""Small helpers for the Qt .ts files.

  ts_tool.py fill-en FILE.ts          English: translation = source where unfinished
  ts_tool.py unfinished FILE.ts       print the unfinished sources, one JSON string per line
  ts_tool.py export FILE.ts OUT.json  {"source": "translation"} for every message
  ts_tool.py apply FILE.ts MAP.json   set translations from {"source": "translation"}
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")


def messages(root):
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            yield ctx.findtext("name"), msg


def finished(msg):
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if msg.get("numerus") == "yes":
        return all((n.text or "").strip() for n in tr.iter("numerusform"))
    return bool((tr.text or "").strip())


def set_translation(msg, text):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    if msg.get("numerus") == "yes":
        forms = list(tr.iter("numerusform")) or [ET.SubElement(tr, "numerusform")]
        values = text if isinstance(text, list) else [text] * len(forms)
        for form, value in zip(forms, values):
            form.text = value
    else:
        tr.text = text


def main(argv):
    cmd, path = argv[1], argv[2]
    tree, root = load(path)
    if cmd == "fill-en":
        for _, msg in messages(root):
            if not finished(msg):
                set_translation(msg, msg.findtext("source"))
        save(tree, path)
    elif cmd == "unfinished":
        for _, msg in messages(root):
            if not finished(msg):
                print(json.dumps(msg.findtext("source"), ensure_ascii=False))
    elif cmd == "export":
        out = {msg.findtext("source"): (msg.findtext("translation") or "") for _, msg in messages(root)}
        json.dump(out, open(argv[3], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    elif cmd == "apply":
        mapping = json.load(open(argv[3], encoding="utf-8"))
        missing = 0
        for _, msg in messages(root):
            src = msg.findtext("source")
            if src in mapping and mapping[src]:
                set_translation(msg, mapping[src])
            elif not finished(msg):
                missing += 1
        save(tree, path)
        print(f"{missing} messages still unfinished", file=sys.stderr)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

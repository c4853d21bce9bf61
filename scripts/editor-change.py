#!/usr/bin/env python3
"""editor-change.py SRC DST: a copy of the content folder SRC in DST with the changes the
editors' guide invites, as an editor would make them: a new note whose marker is in the
first paragraph (so every later note renumbers), a sentence added to an existing note,
a new estimate (the chart's and the table's next row) and a new later count. The tests
that derive what the page must show from the content must pass on it
(scripts/test-editor-change.sh); the whole suite too, run as
`REFUSENIKS_CONTENT=DST ./x test`.

What it adds is marked as the test suite's own and is never published: it exists only
in DST. Where SRC has a translation (ru/), the same records get its words there."""

import os
import re
import shutil
import sys

NOTE = '''
[[note]]
id = "suite-added-note"
kind = "context"
label = "A note the test suite adds"
text = """
This note exists only in the test suite's copy of the content, to check that the page and its tests follow an editor's new note.
"""

[[note.link]]
outlet = "CounterPunch (reprint)"
date = "2022-09-09"
url = "https://www.counterpunch.org/2022/09/09/the-new-refuseniks-russia-faces-dissent-within-its-military/"
'''

ESTIMATE = '''
[[estimate]]
id = "suite-added-estimate"
source = "An estimate the test suite adds"
outlet = "The test suite"
category = "independent"
date = "2022-06-15"
low = 12345
high = 12345
measure = "killed"
counted = "killed"
minimum = false
note = "Exists only in the test suite's copy of the content."
'''

LATER = '''
[[later]]
id = "suite-added-later"
source = "A count the test suite adds"
outlet = "The test suite"
date = "2025-10-01"
figure = 130001
note = "Exists only in the test suite's copy of the content."
'''

# The same records' words in a translation (content/ru/): an editor who adds to the
# English adds its translation too, or check-content stops on an id in one language only.
NOTE_WORDS = '''
[[note]]
id = "suite-added-note"
label = "Примечание, которое добавляет набор тестов"
text = """
Это примечание есть только в копии содержимого, которую делает набор тестов.
"""

[[note.link]]
outlet = "CounterPunch (перепечатка)"
'''

ESTIMATE_WORDS = '''
[[estimate]]
id = "suite-added-estimate"
source = "Оценка, которую добавляет набор тестов"
outlet = "Набор тестов"
counted = "погибли"
note = "Есть только в копии содержимого, которую делает набор тестов."
'''

LATER_WORDS = '''
[[later]]
id = "suite-added-later"
source = "Подсчёт, который добавляет набор тестов"
outlet = "Набор тестов"
note = "Есть только в копии содержимого, которую делает набор тестов."
'''


def edit(path, change):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    changed = change(text)
    assert changed != text, f"{path}: the change found nothing to change"
    with open(path, "w", encoding="utf-8") as f:
        f.write(changed)


def first_paragraph_marker(text, closing="”"):
    """The new note's marker early in the first paragraph (at its first full stop or closing
    quotation mark), ahead of the paragraph's own first marker, whose number it takes."""
    body = text.index("\n\n", text.index("origin:"))
    sentence_end = re.compile(rf"[.{closing}]\s").search(text, body + 2)
    return text[: sentence_end.end() - 1] + "[^suite-added-note]" + text[sentence_end.end() - 1 :]


def a_sentence_in_the_first_note(text):
    start = text.index('text = """', text.index("[[note]]")) + len('text = """\n')
    end = text.index('"""', start)
    return text[:end].rstrip("\n") + " The test suite added this sentence.\n" + text[end:]


def main():
    src, dst = sys.argv[1:3]
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    edit(f"{dst}/article.md", first_paragraph_marker)
    edit(f"{dst}/notes.toml", lambda text: a_sentence_in_the_first_note(text) + NOTE)
    edit(f"{dst}/casualties.toml", lambda text: text.replace("\n[[later]]", ESTIMATE + "\n[[later]]", 1) + LATER)
    ru = f"{dst}/ru"
    if os.path.isdir(ru):
        edit(f"{ru}/article.md", lambda text: first_paragraph_marker(text, "»"))
        edit(f"{ru}/notes.toml", lambda text: text + NOTE_WORDS)
        edit(f"{ru}/casualties.toml", lambda text: text.replace("\n[[later]]", ESTIMATE_WORDS + "\n[[later]]", 1) + LATER_WORDS)


if __name__ == "__main__":
    main()

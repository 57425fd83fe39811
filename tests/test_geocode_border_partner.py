"""A place told as the far side of a border ("على الحدود مع قطاع غزة") lies next to the
sentence's places, not around them: its governorate picks no namesake for them."""

from __future__ import annotations

import datetime as dt

import marsad

TEXT = ("قال المتحدث العسكري المصري إن ثلاثة جنود أصيبوا في انفجار عبوة ناسفة في قطاع رفح "
        "على الحدود مع قطاع غزة. وتشهد مدن العريش والشيخ زويد في شمال سيناء هجمات متكررة منذ سنوات.")


def test_a_border_partner_does_not_pull_a_namesake_across_the_border():
    events = marsad.extract(TEXT, published=dt.date(2017, 3, 2)).events
    assert events and events[0].location == "Rafah"
    assert events[0].country == "Egypt"
    assert events[0].actor2 == "Military Forces of Egypt (2014-)"

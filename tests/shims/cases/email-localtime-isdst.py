"""Shim case email-localtime-isdst: email.utils.localtime(dt, isdst) (removed in 3.14).

On 3.8 isdst decides, for a naive dt, whether summer time is presumed in effect at that
wall-clock time (1: yes, 0: no, -1: let the C library decide); the result keeps dt's
wall-clock time with the zone time.localtime() finds for that instant.  An aware dt or no dt
ignores it.  The zone is a POSIX rule (no tz database needed); 3.8 did not warn.
"""
import datetime
import email.utils
import os
import time

os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
time.tzset()

naive = [
    datetime.datetime(2020, 1, 15, 12, 0),           # winter
    datetime.datetime(2020, 7, 1, 9, 30, 15, 250),   # summer
    datetime.datetime(2020, 11, 1, 1, 30),           # ambiguous (the hour repeats)
    datetime.datetime(2020, 3, 8, 2, 30),            # does not exist (the hour is skipped)
]
for dt in naive:
    results = []
    for isdst in (-1, 0, 1):
        local = email.utils.localtime(dt, isdst=isdst)
        results.append("%s %s" % (local.isoformat(), local.tzname()))
    print(dt, "|", " | ".join(results))
for dt in naive:
    local = email.utils.localtime(dt, 1)
    print(dt, local, local.utcoffset(), local.tzname(), type(local.tzinfo).__name__, local.replace(tzinfo=None) == dt)

aware = datetime.datetime(2020, 7, 1, 12, 0, tzinfo=datetime.timezone.utc)
print([str(email.utils.localtime(aware, isdst=value)) for value in (-1, 0, 1)])
east = datetime.datetime(2020, 1, 1, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
print(email.utils.localtime(east, 0), email.utils.localtime(east, 0).tzname())

now = email.utils.localtime(isdst=1)
print(type(now).__name__, now.tzinfo is not None, now.tzname() in ("EST", "EDT"))
now = email.utils.localtime(None, 0)
print(now.tzinfo is not None)

# Formatting a Date: header the old way.
stamp = email.utils.localtime(datetime.datetime(2020, 7, 4, 18, 5), isdst=-1)
print(email.utils.format_datetime(stamp))

for call in (lambda: email.utils.localtime(None, 0, 1), lambda: email.utils.localtime(isdst=0, when=1)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)

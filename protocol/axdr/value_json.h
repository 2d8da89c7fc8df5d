#pragma once
// COSEM values as JSON.
//
// Typed form (toJson/fromJson): exact, every value survives the round trip
// with its wire type. An object {"type": <Blue Book name>, "value": ...}:
//   integers, enum         number; long64(-unsigned) beyond ±2^53 as a decimal string
//                          (fromJson accepts a string for any integer type)
//   float32/float64        number; "-0", "Infinity", "-Infinity", "NaN", or
//                          "0x<IEEE bits>" for a NaN with a payload
//   boolean                true/false
//   octet-string, bcd      hex "0102FF"
//   visible-string         text (bytes as Latin-1)
//   utf8-string            text; {"hex": ...} instead of "value" when not valid UTF-8
//   bit-string             "0101..."; plus "hex" when the unused bits of the last octet are not 0
//   array, structure       [typed values]
//   compact-array          "description": "long-unsigned" | {"type":"array","count":n,"element":d}
//                          | {"type":"structure","members":[d...]}, "value": [typed elements]
//   date-time              "2026-11-21T23:38:27+03:00" (see datetime_text.h), plus "status"
//                          when specified, "dayOfWeek" when it is not the one the date falls
//                          on, "hundredths" when not given by the text (0xFF)
//   date / time            "2026-11-21" (+ "dayOfWeek") / "23:38:27.50" (+ "hundredths")
//   null-data, dont-care   "value": null
//
// Plain form (toPlainJson): for people and scripts reading CLI output. Lists
// become arrays, date-times (also a 12-byte octet-string holding one) ISO
// strings, octet-strings hex; the wire type is not kept — pair it with
// displayTypeName().
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"

#include <QJsonValue>

namespace ims::axdr {

QJsonValue toJson(const Value &value);
Result<Value> fromJson(const QJsonValue &json);

QJsonValue toPlainJson(const Value &value);
// dataTypeName(), except "date-time" for an octet-string holding a valid date-time.
QString displayTypeName(const Value &value);

} // namespace ims::axdr

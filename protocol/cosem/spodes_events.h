#pragma once
// SPODES event codes: the value of the event code register 0.0.96.11.e.255
// that the event journal 0.0.99.98.e.255 captures with each entry, for
// e = 0..8.
//
// Source: ГОСТ Р 58940-2020 annex Д, tables Д.1..Д.9 (СТО 34.01-5.1-006-2021
// adds codes at the end of some tables), as transcribed in the public
// DLMS_SPODES project (github.com/youserj/DlmsSPODES-project,
// src/DLMS_SPODES/Values/RU/events.py). The standard itself was not
// available to check against; codes beyond that transcription are shown
// as unknown rather than guessed.
//
// Journals without an event code register in those tables (time correction
// 0.0.99.98.13.255 records the time before and after instead, power quality,
// inputs/outputs, ...) have no entry here.
#include <QCoreApplication>
#include <QString>

namespace ims::cosem {

// e of 0.0.96.11.e.255 and of the journal 0.0.99.98.e.255 that records it.
enum class EventCategory : quint8 {
    Voltage = 0,         // Д.1
    Current = 1,         // Д.2
    PowerAndRelay = 2,   // Д.3 meter power on/off, load relay switching
    Programming = 3,     // Д.4 parameter changes, incl. time set (3) and time correction (68)
    ExternalImpact = 4,  // Д.5 magnet, terminal cover, case, HF field
    Communication = 5,   // Д.6
    Access = 6,          // Д.7 unauthorized access
    SelfDiagnostics = 7, // Д.8
    ReactivePower = 8,   // Д.9 tg φ
};

class SpodesEvents
{
    Q_DECLARE_TR_FUNCTIONS(SpodesEvents)

public:
    // In the SPODES tables or among the manufacturer codes below.
    static bool isKnown(EventCategory category, quint16 code);
    // Localized description; "unknown event code N" for codes in neither the
    // SPODES tables nor the manufacturer codes the simulated meters record
    // (240-242 prepayment, 243 tariff zones).
    static QString description(EventCategory category, quint16 code);
    // Localized category (journal) name.
    static QString categoryName(EventCategory category);
    // Number of SPODES table codes of a category (for tests and completeness checks).
    static int knownCount(EventCategory category);
};

} // namespace ims::cosem

#pragma once
// IEC 62056-21 (mode A/B/C, the mode-E opening) message builders and parsers.
// No I/O: bytes in, values out. The stream helpers (scan*) only find where a
// message ends, so a session can hand partial input over byte by byte.
#include "protocol/core/result.h"
#include "protocol/iec62056_21/bcc.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace ims::iec21 {

namespace ctl {
inline constexpr char Soh = 0x01;
inline constexpr char Stx = 0x02;
inline constexpr char Etx = 0x03;
inline constexpr char Eot = 0x04;
inline constexpr char Ack = 0x06;
inline constexpr char Nak = 0x15;
} // namespace ctl

// ---------------------------------------------------------------- baud rates

enum class BaudMode {
    A, // no speed change
    B, // the meter switches right after its identification ('A'..'I')
    C, // speed agreed by option select ('0'..'9')
};

// Mode C table: '0'..'6' = 300..19200; 0 for other characters.
int modeCBaud(char baudCharacter);
// Mode B table: 'A'..'F' = 600..19200; 0 for other characters.
int modeBBaud(char baudCharacter);
// The mode C character for a baud rate, or 0 when the rate is not in the table.
char modeCBaudCharacter(int baud);

// ------------------------------------------------------------ identification

struct Identification
{
    QString manufacturer; // three letters as sent ("EKT", "Els")
    char baudCharacter = '0';
    BaudMode baudMode = BaudMode::A;
    int maxBaud = 300;               // what the baud character announces
    bool shortReactionTime = false;  // lower-case third letter: 20 ms instead of 200 ms
    QByteArray enhancedCapabilities; // the W of every "\W" ("2" = mode E)
    QString identification;          // the rest of the line ("CE102Mv01")

    bool supportsModeE() const { return enhancedCapabilities.contains('2'); }
    int reactionTimeMs() const { return shortReactionTime ? 20 : 200; }
};

// Parses "/XXXZ\W...ident\r\n" (the CR LF may be absent).
Result<Identification> parseIdentification(QByteArrayView line);
// Builds the identification message a meter sends.
QByteArray identificationMessage(const Identification &id);

// ------------------------------------------------------ client-side messages

enum class ProtocolControl : char { Normal = '0', Secondary = '1', Hdlc = '2' };
enum class ModeControl : char { DataReadout = '0', Programming = '1', Binary = '2' };

// "/?!\r\n" or "/?ADDRESS!\r\n"; the address is up to 32 characters a-z A-Z 0-9
// and space (leading zeros are significant and kept).
Result<QByteArray> signOnRequest(QByteArrayView address = {});
// ACK V Z Y CR LF.
QByteArray optionSelect(ProtocolControl protocol, char baudCharacter, ModeControl mode);

// SOH C D [STX data] ETX BCC. `command` is the two characters C D ("R1").
QByteArray commandMessage(QByteArrayView command, std::optional<QByteArrayView> data, BccRule rule);
QByteArray passwordMessage(QByteArrayView password, BccRule rule, QByteArrayView command = "P1");
// R1 with "address(argument)" as data: readMessage("ET0PE", {}, ...) -> R1 ET0PE().
QByteArray readMessage(QByteArrayView address, QByteArrayView argument, BccRule rule,
                       QByteArrayView command = "R1");
QByteArray writeMessage(QByteArrayView address, QByteArrayView value, BccRule rule,
                        QByteArrayView command = "W1");
QByteArray breakMessage(BccRule rule);

// ------------------------------------------------------- meter-side messages

// STX data ETX BCC (last block) or STX data EOT BCC (a partial block).
QByteArray dataMessage(QByteArrayView data, BccRule rule, bool lastBlock = true);

// -------------------------------------------------------------- the stream

enum class ScanStatus { NeedMore, Complete, Invalid };
struct Scan
{
    ScanStatus status = ScanStatus::NeedMore;
    qsizetype length = 0; // of the complete message; Invalid: how much to drop (>= 1)
};

// A line that ends with CR LF (identification, sign-on request, option select).
Scan scanLine(QByteArrayView buffer, qsizetype maxLength);
// ACK / NAK (one byte) or a block SOH/STX ... ETX/EOT BCC.
Scan scanBlock(QByteArrayView buffer, qsizetype maxLength);

// ------------------------------------------------------------------ blocks

struct Block
{
    char start = ctl::Stx; // SOH or STX
    QByteArray command;    // "P0", "R1", "B0"; empty for STX blocks
    bool hasData = false;  // an STX part is present
    QByteArray data;       // between STX and ETX/EOT
    bool partial = false;  // ended with EOT: more blocks follow
};

// Checks structure and BCC (kind BadChecksum when only the BCC is wrong).
Result<Block> parseBlock(QByteArrayView bytes, BccRule rule);

// The option select "ACK V Z Y CR LF" as a meter reads it.
struct OptionSelect
{
    ProtocolControl protocol = ProtocolControl::Normal;
    char baudCharacter = '0';
    ModeControl mode = ModeControl::DataReadout;
};
Result<OptionSelect> parseOptionSelect(QByteArrayView line);

// The address of a sign-on request "/?ADDRESS!\r\n" (empty for "/?!\r\n").
Result<QByteArray> parseSignOnRequest(QByteArrayView line);

// When `data` is an error answer, its text ("ERROR", "ERR12", "01").
// Meters that repeat the address in every answer (Energomera, Neva) mark an
// error by a lone "(...)"; standard meters answer R1 with a lone "(value)" and
// mark errors by text starting with "ER".
std::optional<QString> errorAnswerText(QByteArrayView data, bool meterRepeatsAddress);

} // namespace ims::iec21

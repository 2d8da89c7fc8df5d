#pragma once
// Parsing the object references of the command line: "[CLASS/]OBIS:INDEX",
// e.g. "0.0.1.0.0.255:2", "8/0.0.1.0.0.255:2", "1-0:1.8.0*255:2".
#include "protocol/core/result.h"
#include "protocol/cosem/obis.h"

#include <QCoreApplication>

#include <optional>

namespace ims::cli {

struct CosemReference
{
    std::optional<quint16> classId; // when the text names it
    cosem::Obis obis;
    qint8 index = 0; // attribute or method
};

class CosemReferenceText
{
    Q_DECLARE_TR_FUNCTIONS(CosemReferenceText)
public:
    static Result<CosemReference> parse(const QString &text);
};

// The interface class of the SPODES objects everyone reads, so that most
// commands need no object-list round trip. nullopt when not known.
std::optional<quint16> wellKnownClassId(const cosem::Obis &obis);

} // namespace ims::cli

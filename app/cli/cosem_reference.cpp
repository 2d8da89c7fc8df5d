#include "app/cli/cosem_reference.h"

namespace ims::cli {

Result<CosemReference> CosemReferenceText::parse(const QString &text)
{
    CosemReference ref;
    QString rest = text;
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        bool ok = false;
        const uint classId = rest.left(slash).toUInt(&ok);
        if (!ok || classId > 0xFFFF)
            return Error(ErrorKind::InvalidArgument,
                         tr("\"%1\": the class id before '/' is not a number").arg(text));
        ref.classId = quint16(classId);
        rest = rest.mid(slash + 1);
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int index = colon > 0 ? rest.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || index < 1 || index > 127)
        return Error(ErrorKind::InvalidArgument,
                     tr("\"%1\": expected OBIS:INDEX, e.g. 0.0.1.0.0.255:2").arg(text));
    Result<cosem::Obis> obis = cosem::Obis::parse(rest.left(colon));
    if (!obis)
        return Error(ErrorKind::InvalidArgument, tr("\"%1\": %2").arg(text, obis.error().message));
    ref.obis = *obis;
    ref.index = qint8(index);
    return ref;
}

std::optional<quint16> wellKnownClassId(const cosem::Obis &o)
{
    const quint8 a = o.a(), c = o.c(), d = o.d(), e = o.e();
    if (a == 0 && c == 1 && d == 0 && e == 0)
        return 8; // clock
    if (a == 1 && (c >= 1 && c <= 4) && d == 8)
        return 3; // energy registers A+/A-/R+/R-
    if ((a == 1 && (c == 99 || c == 98)) || (c == 99 && d == 98) || (c == 94 && d == 7))
        return 7; // load, billing, instantaneous, nameplate profiles and journals
    if (a == 0 && c == 40 && d == 0)
        return 15; // association LN
    if (a == 0 && c == 96 && (d == 1 || d == 11 || d == 51))
        return 1; // identity, event code registers, tamper sensors
    if (a == 0 && c == 96 && d == 3 && e == 10)
        return 70; // disconnect control
    if (a == 0 && c == 17 && d == 0)
        return 71; // limiters
    if (a == 0 && c == 13 && d == 0)
        return 20; // activity calendar
    if (a == 0 && c == 11 && d == 0)
        return 11; // special days
    if (a == 0 && c == 10 && d == 0)
        return 9; // script tables
    if (a == 0 && c == 15 && d == 0)
        return 22; // single action schedules
    if (a == 0 && c == 22 && d == 0)
        return 23; // HDLC setup
    return std::nullopt;
}

} // namespace ims::cli

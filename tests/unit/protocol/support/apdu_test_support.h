#pragma once
// Shared by the ACSE, xDLMS APDU and security tests: the APDUs of the golden
// vectors in reference/vectors/dlms/vectors.json, taken out of their HDLC
// information field (after the LLC header E6 E6 00 / E6 E7 00), their
// WRAPPER frame or the "apdus" section.
#include "protocol/core/bytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ims::testing::apdu {

struct VectorApdu
{
    QString id;
    QString meaning;
    QByteArray apdu;
    QJsonObject entry; // the whole vector (for "decrypted")
};

inline QJsonObject allVectors()
{
    QFile file(QStringLiteral(IMSDESK_TEST_DATA_DIR "/reference/vectors/dlms/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Every APDU of the file, in file order. HDLC frames without an LLC header
// (SNRM, UA, DISC, segments) are left out.
inline QList<VectorApdu> vectorApdus()
{
    QList<VectorApdu> out;
    const QJsonObject root = allVectors();
    for (const QJsonValue &v : root.value(QStringLiteral("hdlc_frames")).toArray()) {
        const QJsonObject o = v.toObject();
        const QByteArray info = ims::fromHex(
            o.value(QStringLiteral("decoded")).toObject().value(QStringLiteral("info")).toString());
        if (info.size() < 4 || quint8(info[0]) != 0xE6
            || (quint8(info[1]) != 0xE6 && quint8(info[1]) != 0xE7) || info[2] != '\0')
            continue;
        out.append({o.value(QStringLiteral("id")).toString(),
                    o.value(QStringLiteral("meaning")).toString(), info.mid(3), o});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("wrapper_frames")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("id")).toString(),
                    o.value(QStringLiteral("meaning")).toString(),
                    ims::fromHex(o.value(QStringLiteral("decoded"))
                                     .toObject()
                                     .value(QStringLiteral("apdu"))
                                     .toString()),
                    o});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("apdus")).toArray()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("id")).toString(),
                    o.value(QStringLiteral("meaning")).toString(),
                    ims::fromHex(o.value(QStringLiteral("hex")).toString()), o});
    }
    return out;
}

// The APDUs whose first byte is `tag`.
inline QList<VectorApdu> vectorApdusWithTag(quint8 tag)
{
    QList<VectorApdu> out;
    for (const VectorApdu &v : vectorApdus()) {
        if (!v.apdu.isEmpty() && quint8(v.apdu[0]) == tag)
            out.append(v);
    }
    return out;
}

inline VectorApdu vectorApdu(const QString &id)
{
    for (const VectorApdu &v : vectorApdus()) {
        if (v.id == id)
            return v;
    }
    return {};
}

inline QJsonObject gmacKeys()
{
    return allVectors().value(QStringLiteral("gmac_keys")).toObject();
}

inline QByteArray gmacKey(const char *name)
{
    return ims::fromHex(gmacKeys().value(QLatin1String(name)).toString());
}

inline QByteArray hex(const char *text)
{
    return ims::fromHex(QString::fromLatin1(text));
}

} // namespace ims::testing::apdu

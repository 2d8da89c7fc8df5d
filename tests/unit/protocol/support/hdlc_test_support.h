#pragma once
// Shared by the HDLC and WRAPPER tests: access to the golden vectors in
// reference/vectors/dlms/vectors.json.
#include "protocol/core/bytes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace ims::testing {

inline QJsonObject dlmsVectors()
{
    QFile file(QStringLiteral(IMSDESK_TEST_DATA_DIR "/reference/vectors/dlms/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonArray vectorList(const QString &key)
{
    return dlmsVectors().value(key).toArray();
}

// The entry of `key` ("hdlc_frames", "wrapper_frames") with this id, or {}.
inline QJsonObject vectorById(const QString &key, const QString &id)
{
    for (const QJsonValue &v : vectorList(key)) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

inline QByteArray vectorBytes(const QString &key, const QString &id)
{
    return ims::fromHex(vectorById(key, id).value(QStringLiteral("hex")).toString());
}

inline QByteArray hdlcBytes(const char *id)
{
    return vectorBytes(QStringLiteral("hdlc_frames"), QString::fromLatin1(id));
}

inline QByteArray hexBytes(const QJsonValue &v)
{
    return ims::fromHex(v.toString());
}

} // namespace ims::testing

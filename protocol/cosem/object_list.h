#pragma once
// Association LN (class 15) object_list, attribute 2:
//   array of object_list_element ::= structure {
//     class_id long-unsigned, version unsigned, logical_name octet-string(6),
//     access_rights structure {
//       attribute_access array of structure { attribute_id integer,
//           access_mode enum, access_selectors CHOICE { null-data, array of integer } },
//       method_access array of structure { method_id integer, access_mode } } }
//
// The method access_mode is a boolean in Association LN versions 0 and 1
// and an enum from version 2; from version 3 both access modes are bit
// maps. Decoding accepts either method form; encoding follows the version
// of the association that serves the list.
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/cosem/obis.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ims::cosem {

class FieldReader;

// Attribute access modes of versions 0..2 (version 3: AccessBits).
enum class AttributeAccessMode : quint8 {
    NoAccess = 0,
    ReadOnly = 1,
    WriteOnly = 2,
    ReadAndWrite = 3,
    AuthenticatedReadOnly = 4,     // version >= 2
    AuthenticatedWriteOnly = 5,    // version >= 2
    AuthenticatedReadAndWrite = 6, // version >= 2
};

// Method access modes of version 2 (versions 0/1: boolean false/true = 0/1).
enum class MethodAccessMode : quint8 {
    NoAccess = 0,
    Access = 1,
    AuthenticatedAccess = 2,
};

// Version 3 bit-mapped access modes.
namespace AccessBits {
inline constexpr quint8 Read = 0x01;   // attributes
inline constexpr quint8 Write = 0x02;  // attributes
inline constexpr quint8 Access = 0x01; // methods
inline constexpr quint8 AuthenticatedRequest = 0x04;
inline constexpr quint8 EncryptedRequest = 0x08;
inline constexpr quint8 DigitallySignedRequest = 0x10;
inline constexpr quint8 AuthenticatedResponse = 0x20;
inline constexpr quint8 EncryptedResponse = 0x40;
inline constexpr quint8 DigitallySignedResponse = 0x80;
} // namespace AccessBits

struct AttributeAccess
{
    qint8 attributeId = 0;
    quint8 accessMode = 0;
    std::optional<QList<qint8>> accessSelectors; // nullopt = null-data

    static AttributeAccess read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue() const;
    bool operator==(const AttributeAccess &) const = default;
};

struct MethodAccess
{
    qint8 methodId = 0;
    quint8 accessMode = 0; // a boolean reads as 0/1

    static MethodAccess read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue(quint8 associationVersion) const;
    bool operator==(const MethodAccess &) const = default;
};

struct ObjectListElement
{
    Q_DECLARE_TR_FUNCTIONS(ObjectListElement)

public:
    quint16 classId = 0;
    quint8 version = 0;
    Obis logicalName;
    QList<AttributeAccess> attributeAccess;
    QList<MethodAccess> methodAccess;

    static ObjectListElement read(FieldReader &r, const axdr::Value &v, const QString &field);
    axdr::Value toValue(quint8 associationVersion) const;

    // Access as granted by the association that sent the list. An
    // attribute or method not listed has no access.
    bool canRead(qint8 attributeId, quint8 associationVersion) const;
    bool canWrite(qint8 attributeId, quint8 associationVersion) const;
    bool canExecute(qint8 methodId) const;
    const AttributeAccess *findAttribute(qint8 attributeId) const;

    // "read-only", "authenticated-read-and-write", or for version 3 the set
    // bits ("read, write, authenticated request").
    static QString attributeAccessModeName(quint8 mode, quint8 associationVersion);
    static QString methodAccessModeName(quint8 mode, quint8 associationVersion);

    static Result<QList<ObjectListElement>>
    listFromValue(const axdr::Value &v, const QString &field = QStringLiteral("object_list"));
    static axdr::Value listToValue(const QList<ObjectListElement> &list, quint8 associationVersion);

    bool operator==(const ObjectListElement &) const = default;
};

} // namespace ims::cosem

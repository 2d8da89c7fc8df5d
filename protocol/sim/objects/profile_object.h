#pragma once
// Profile generic (class 7, version 1) over a ProfileSource, with the two
// selective accesses of attribute 2 (buffer):
//   1 by range: restricting object = the clock column, from/to date-times
//     (inclusive), selected_values = the columns to return (empty = all);
//   2 by entry: from_entry/to_entry (1-based, 0 = last), from/to column.
#include "protocol/sim/objects/profile_source.h"
#include "protocol/sim/server/cosem_object.h"

#include <memory>

namespace ims::sim {

class ProfileObject : public CosemObject
{
public:
    ProfileObject(const cosem::Obis &logicalName, std::unique_ptr<ProfileSource> source,
                  AccessPolicy access);
    ~ProfileObject() override;

    int attributeCount() const override { return 8; }
    int methodCount() const override { return 2; }
    QList<qint8> accessSelectors(qint8 attribute) const override;

    ProfileSource &source() { return *m_source; }

    // A profile a meter reader reads in full and the configurator may reset.
    static AccessPolicy defaultAccess(quint8 readers = roles::ReaderAndUp);

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    dlms::GetDataResult buffer(const std::optional<dlms::SelectiveAccess> &access);
    dlms::GetDataResult byRange(const axdr::Value &parameters);
    dlms::GetDataResult byEntry(const axdr::Value &parameters);
    axdr::Value rows(qint64 first, qint64 last, const QList<int> &columns);

    std::unique_ptr<ProfileSource> m_source;
};

} // namespace ims::sim

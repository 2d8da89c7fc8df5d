#pragma once
// Fields shared by the GET, SET and ACTION services (Blue Book 9.5):
//   Get-Data-Result ::= CHOICE {data [0] Data, data-access-result [1] Data-Access-Result}
//   DataBlock-SA    ::= SEQUENCE {last-block BOOLEAN, block-number Unsigned32, raw-data OCTET
//   STRING}
#include "protocol/axdr/value.h"
#include "protocol/core/result.h"
#include "protocol/dlms/access_result.h"
#include "protocol/dlms/pdu_reader.h"

#include <QByteArray>
#include <QList>

#include <variant>

namespace ims::axdr {
struct DecodeLimits;
}

namespace ims::dlms {

// Which CHOICE came on the wire is kept, so a response re-encodes byte-exact.
using GetDataResult = std::variant<axdr::Value, DataAccessResult>;

// The data, or the device's refusal as Error{DataAccess, ..., code}.
Result<axdr::Value> toResult(const GetDataResult &result);

struct DataBlockSA
{
    bool lastBlock = false;
    quint32 blockNumber = 0;
    QByteArray rawData;
    bool operator==(const DataBlockSA &) const = default;
};

void appendGetDataResult(QByteArray &out, const GetDataResult &result);
void appendDataBlock(QByteArray &out, const DataBlockSA &block);
void appendDataAccessResults(QByteArray &out, const QList<DataAccessResult> &results);

GetDataResult readGetDataResult(PduReader &r, const axdr::DecodeLimits &limits);
DataBlockSA readDataBlock(PduReader &r);
QList<DataAccessResult> readDataAccessResults(PduReader &r);

// Reads a SEQUENCE OF with `readOne` for each element; stops at the first failure.
template<typename T, typename ReadOne>
QList<T> readSequence(PduReader &r, ReadOne readOne)
{
    QList<T> items;
    const qsizetype count = r.count();
    for (qsizetype i = 0; i < count && r.ok(); ++i)
        items.append(readOne(r));
    return items;
}

} // namespace ims::dlms

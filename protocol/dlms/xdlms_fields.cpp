#include "protocol/dlms/xdlms_fields.h"

#include "protocol/axdr/axdr_codec.h"
#include "protocol/core/bytes.h"
#include "protocol/dlms/cosem_descriptor.h"

namespace ims::dlms {
namespace {

struct FieldsText
{
    Q_DECLARE_TR_FUNCTIONS(XdlmsFields)
};

} // namespace

Result<axdr::Value> toResult(const GetDataResult &result)
{
    if (const auto *value = std::get_if<axdr::Value>(&result))
        return *value;
    const auto access = std::get<DataAccessResult>(result);
    if (access == DataAccessResult::Success)
        return Error(ErrorKind::Malformed,
                     FieldsText::tr("the device reported success but sent no data"));
    return dataAccessError(access);
}

void appendGetDataResult(QByteArray &out, const GetDataResult &result)
{
    if (const auto *value = std::get_if<axdr::Value>(&result)) {
        out.append(char(0));
        appendData(out, *value);
    } else {
        out.append(char(1));
        out.append(char(std::get<DataAccessResult>(result)));
    }
}

void appendDataBlock(QByteArray &out, const DataBlockSA &block)
{
    out.append(char(block.lastBlock ? 1 : 0));
    appendBe32(out, block.blockNumber);
    appendOctetString(out, block.rawData);
}

void appendDataAccessResults(QByteArray &out, const QList<DataAccessResult> &results)
{
    appendAxdrLength(out, quint32(results.size()));
    for (DataAccessResult r : results)
        out.append(char(r));
}

GetDataResult readGetDataResult(PduReader &r, const axdr::DecodeLimits &limits)
{
    const quint8 choice = r.u8();
    if (!r.ok())
        return DataAccessResult::OtherReason;
    if (choice == 0)
        return readData(r, limits);
    if (choice == 1)
        return DataAccessResult(r.u8());
    r.fail(ErrorKind::Malformed,
           FieldsText::tr("Get-Data-Result choice %1 is neither data nor result").arg(choice));
    return DataAccessResult::OtherReason;
}

DataBlockSA readDataBlock(PduReader &r)
{
    DataBlockSA block;
    block.lastBlock = r.boolean();
    block.blockNumber = r.u32();
    block.rawData = r.octetString().toByteArray();
    return block;
}

QList<DataAccessResult> readDataAccessResults(PduReader &r)
{
    return readSequence<DataAccessResult>(r,
                                          [](PduReader &in) { return DataAccessResult(in.u8()); });
}

} // namespace ims::dlms

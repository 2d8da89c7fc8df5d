// xDLMS APDU codecs (LN referencing). Oracles: the GET requests and responses
// of the golden vectors (encoded from the class/OBIS/attribute/invoke-id
// their meaning states, decoded to the stated value), and byte sequences
// written by hand from the Blue Book's ASN.1 for the services the captures
// do not contain. Hostile input: every prefix, bogus counts and lengths.
#include "protocol/dlms/xdlms_apdu.h"
#include "support/apdu_test_support.h"

#include <QTest>

using namespace ims;
using namespace ims::dlms;
using namespace ims::testing::apdu;
using axdr::Value;
using cosem::Obis;

Q_DECLARE_METATYPE(ims::ErrorKind)
Q_DECLARE_METATYPE(ims::dlms::Apdu)

namespace {

const Obis clockObis(0, 0, 1, 0, 0, 255);
const InvokeIdAndPriority C1 = InvokeIdAndPriority::make(1);

// GET requests of the vectors as their meaning states them.
struct GetMeaning
{
    const char *id;
    quint8 invoke;
    quint16 classId;
    Obis obis;
    qint8 attribute;
    int nextBlock; // >= 0: a GET.request-next for this block instead
};

const GetMeaning getMeanings[] = {
    {"gx-get-clock-2", 0xC1, 8, clockObis, 2, -1},
    {"gx-get-clock-3", 0xC1, 8, clockObis, 3, -1},
    {"gx-get-register", 0xC1, 3, Obis(1, 1, 21, 25, 0, 255), 2, -1},
    {"wb-get-3", 0xC1, 3, Obis(0, 0, 96, 9, 0, 255), 3, -1},
    {"wb-get-2", 0xC1, 3, Obis(0, 0, 96, 9, 0, 255), 2, -1},
    {"java-clock-4byte", 0xC1, 8, clockObis, 2, -1},
    {"gx-w-get-clock", 0xC1, 8, clockObis, 2, -1},
    {"gx-w-get-profile", 0xC1, 7, Obis(1, 0, 99, 1, 0, 255), 2, -1},
    {"gx-w-get-next", 0xC1, 0, Obis(), 0, 1},
    {"u9n-get-normal", 0xC1, 1, Obis(0, 0, 43, 1, 0, 255), 2, -1},
    {"u9n-get-next", 0xC1, 0, Obis(), 0, 1},
};

axdr::CosemDateTime dateTime(int year, int month, int day, int dow, int h, int m, int s, int hs,
                             qint16 deviation, quint8 status)
{
    axdr::CosemDateTime t;
    t.date = {quint16(year), quint8(month), quint8(day), quint8(dow)};
    t.time = {quint8(h), quint8(m), quint8(s), quint8(hs)};
    t.deviation = deviation;
    t.clockStatus = status;
    return t;
}

// GET responses of the vectors as their meaning states them.
struct GetResponseMeaning
{
    const char *id;
    quint8 invoke;
    GetDataResult result;
    std::optional<axdr::CosemDateTime> dateTime; // when the data is an octet-string date-time
};

QList<GetResponseMeaning> getResponseMeanings()
{
    return {
        {"gx-get-clock-2-resp", 0xC1, Value::octetString(hex("07EA0B150617261B00000000")),
         dateTime(2026, 11, 21, 6, 23, 38, 27, 0, 0, 0x00)},
        {"gx-get-clock-3-resp", 0xC1, Value::long16(0), std::nullopt},
        {"gx-get-register-resp", 0xC1, Value::longUnsigned(15), std::nullopt},
        {"wb-get-3-resp", 0x81, Value::structure({Value::integer(0), Value::enumValue(9)}),
         std::nullopt},
        {"wb-get-2-resp", 0x81, Value::long16(30), std::nullopt},
        {"gx-w-get-clock-resp", 0xC1, Value::octetString(hex("07EA0B150617271400000000")),
         dateTime(2026, 11, 21, 6, 23, 39, 20, 0, 0, 0x00)},
        {"u9n-get-resp-u32", 0xC1, Value::doubleLongUnsigned(5009), std::nullopt},
        {"u9n-get-resp-error", 0xC1, DataAccessResult::HardwareFault, std::nullopt},
        {"clock-resp-apdu", 0xC1, Value::octetString(hex("07EA04040604042B00FE9801")),
         dateTime(2026, 4, 4, 6, 4, 4, 43, 0, -360, 0x01)},
    };
}

Value dateTimeOctets(const char *h)
{
    return Value::octetString(hex(h));
}

} // namespace

class XdlmsApduTest : public QObject
{
    Q_OBJECT

private slots:
    void getRequestVectors_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("apdu");
        for (const VectorApdu &v : vectorApdusWithTag(0xC0))
            QTest::newRow(qPrintable(v.id)) << v.id << v.apdu;
    }

    void getRequestVectors()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, apdu);
        const GetMeaning *m = nullptr;
        for (const GetMeaning &g : getMeanings) {
            if (id == QLatin1String(g.id))
                m = &g;
        }
        QVERIFY2(m, "a GET request vector without a stated meaning in this test");
        Apdu expected;
        if (m->nextBlock >= 0)
            expected = GetRequestNext{{m->invoke}, quint32(m->nextBlock)};
        else
            expected
                = GetRequestNormal{{m->invoke}, {m->classId, m->obis, m->attribute}, std::nullopt};
        QCOMPARE(encodeApdu(expected).toHex(' '), apdu.toHex(' '));
        const auto parsed = parseApdu(apdu);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY(*parsed == expected);
    }

    void getResponseVectors_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("apdu");
        for (const VectorApdu &v : vectorApdusWithTag(0xC4)) {
            // A cut capture: getResponseWithDatablockPrefix covers it.
            if (v.id != u"gx-profile-block1-prefix")
                QTest::newRow(qPrintable(v.id)) << v.id << v.apdu;
        }
    }

    void getResponseVectors()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, apdu);
        std::optional<GetResponseMeaning> m;
        for (const auto &g : getResponseMeanings()) {
            if (id == QLatin1String(g.id))
                m = g;
        }
        QVERIFY2(m, "a GET response vector without a stated meaning in this test");
        const GetResponseNormal expected{{m->invoke}, m->result};
        QCOMPARE(encodeApdu(expected).toHex(' '), apdu.toHex(' '));
        const auto parsed = parseApdu(apdu);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const auto *response = std::get_if<GetResponseNormal>(&*parsed);
        QVERIFY(response);
        QVERIFY(*response == expected);
        const auto data = toResult(response->result);
        if (const auto *refused = std::get_if<DataAccessResult>(&m->result)) {
            QVERIFY(!data.ok());
            QCOMPARE(data.error().kind, ErrorKind::DataAccess);
            QCOMPARE(data.error().code, int(*refused));
            QCOMPARE(data.error().message, QStringLiteral("data access: hardware-fault"));
        } else {
            QVERIFY(data.ok());
            if (m->dateTime)
                QCOMPARE(data->asDateTime(), m->dateTime);
        }
    }

    void getResponseWithDatablockPrefix()
    {
        // Last-block false, block 1, raw-data of 0x01DF bytes; the capture holds
        // the first rows only, so the APDU as given is incomplete.
        const QByteArray prefix = vectorApdu(QStringLiteral("gx-profile-block1-prefix")).apdu;
        QVERIFY(!prefix.isEmpty());
        const auto cut = parseApdu(prefix);
        QVERIFY(!cut.ok());
        QCOMPARE(cut.error().kind, ErrorKind::Truncated);

        const qsizetype headerSize = 12; // C4 02 C1 | 00 | 00000001 | 00 | 82 01DF
        QByteArray raw = prefix.mid(headerSize);
        raw.append(QByteArray(0x01DF - raw.size(), '\0'));
        const GetResponseWithDatablock block{C1, false, 1, raw};
        const QByteArray encoded = encodeApdu(block);
        QCOMPARE(encoded.left(prefix.size()).toHex(' '), prefix.toHex(' '));
        const auto parsed = parseApdu(encoded);
        QVERIFY(parsed.ok());
        QVERIFY(*parsed == Apdu(block));

        // The raw data starts an array of 10920 rows of structure{date-time, long-unsigned}.
        qsizetype pos = 0;
        QCOMPARE(quint8(raw[0]), quint8(axdr::DataType::Array));
        pos = 1;
        const auto count = axdr::decodeLength(raw, pos);
        QVERIFY(count.ok());
        QCOMPARE(*count, quint32(10920));
        const auto row = axdr::decode(raw, pos);
        QVERIFY(row.ok());
        QCOMPARE(*row, Value::structure(
                           {dateTimeOctets("07EA071F05052D0000000000"), Value::longUnsigned(100)}));
        QCOMPARE(row->items().at(0).asDateTime(),
                 std::optional(dateTime(2026, 7, 31, 5, 5, 45, 0, 0, 0, 0)));
        const auto row2 = axdr::decode(raw, pos);
        QVERIFY(row2.ok());
        QCOMPARE(*row2, Value::structure({dateTimeOctets("07EA071F0506000000000000"),
                                          Value::longUnsigned(101)}));
    }

    void handWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Apdu>("pdu");
        const CosemAttributeDescriptor timeZone{8, clockObis, 3};
        const CosemMethodDescriptor disconnect{70, Obis(0, 0, 96, 3, 10, 255), 1};
        const CosemMethodDescriptor replyToHls{15, Obis(0, 0, 40, 0, 0, 255), 1};
        const CosemAttributeDescriptor profileBuffer{7, Obis(1, 0, 99, 1, 0, 255), 2};
        const CaptureObjectDefinition clockTime{8, clockObis, 2, 0};

        // GET
        QTest::newRow("get-request-with-list")
            << hex("C003C1 02 0008 0000010000FF 02 00 0003 0100010800FF 02 00")
            << Apdu(GetRequestWithList{C1,
                                       {{{8, clockObis, 2}, std::nullopt},
                                        {{3, Obis(1, 0, 1, 8, 0, 255), 2}, std::nullopt}}});
        QTest::newRow("get-by-range")
            << hex("C001C1 0007 0100630100FF 02 01 01"
                   " 0204 0204 120008 09060000010000FF 0F02 120000"
                   " 090C07EA071F05052D0000000000 090C07EA071F0506000000000000 0100")
            << Apdu(GetRequestNormal{C1, profileBuffer,
                                     accessByRange(clockTime,
                                                   dateTimeOctets("07EA071F05052D0000000000"),
                                                   dateTimeOctets("07EA071F0506000000000000"))});
        QTest::newRow("get-by-range-one-column")
            << hex("C001C1 0007 0100630100FF 02 01 01"
                   " 0204 0204 120008 09060000010000FF 0F02 120000"
                   " 090C07EA071F05052D0000000000 090C07EA071F0506000000000000"
                   " 0101 0204 120003 09060100010800FF 0F02 120000")
            << Apdu(GetRequestNormal{C1, profileBuffer,
                                     accessByRange(clockTime,
                                                   dateTimeOctets("07EA071F05052D0000000000"),
                                                   dateTimeOctets("07EA071F0506000000000000"),
                                                   {{3, Obis(1, 0, 1, 8, 0, 255), 2, 0}})});
        QTest::newRow("get-by-entry")
            << hex("C001C1 0007 0100630100FF 02 01 02 0204 0600000001 060000000A 120001 120000")
            << Apdu(GetRequestNormal{C1, profileBuffer, accessByEntry(1, 10)});
        QTest::newRow("get-response-with-list")
            << hex("C403C1 02 00 12000F 01 04")
            << Apdu(GetResponseWithList{
                   C1, {Value::longUnsigned(15), DataAccessResult::ObjectUndefined}});
        QTest::newRow("get-response-with-datablock-refused")
            << hex("C402C1 01 00000002 01 0E")
            << Apdu(GetResponseWithDatablock{C1, true, 2, DataAccessResult::DataBlockUnavailable});
        QTest::newRow("get-response-last-datablock")
            << hex("C402C1 01 00000003 00 03 11 05 00")
            << Apdu(GetResponseWithDatablock{C1, true, 3, hex("110500")});

        // SET
        QTest::newRow("set-request-normal")
            << hex("C101C1 0008 0000010000FF 03 00 10FF4C")
            << Apdu(SetRequestNormal{C1, timeZone, std::nullopt, Value::long16(-180)});
        QTest::newRow("set-request-with-first-datablock")
            << hex("C102C1 0008 0000010000FF 02 00 00 00000001 05 0102030405")
            << Apdu(SetRequestWithFirstDatablock{
                   C1, {8, clockObis, 2}, std::nullopt, {false, 1, hex("0102030405")}});
        QTest::newRow("set-request-with-datablock")
            << hex("C103C1 01 00000002 03 AABBCC")
            << Apdu(SetRequestWithDatablock{C1, {true, 2, hex("AABBCC")}});
        QTest::newRow("set-request-with-list")
            << hex("C104C1 02 0008 0000010000FF 03 00 0001 00002B0100FF 02 00 02 10FF4C 0600000001")
            << Apdu(SetRequestWithList{
                   C1,
                   {{timeZone, std::nullopt}, {{1, Obis(0, 0, 43, 1, 0, 255), 2}, std::nullopt}},
                   {Value::long16(-180), Value::doubleLongUnsigned(1)}});
        QTest::newRow("set-request-with-list-and-first-datablock")
            << hex("C105C1 01 0008 0000010000FF 02 00 00 00000001 02 0102")
            << Apdu(SetRequestWithListAndFirstDatablock{
                   C1, {{{8, clockObis, 2}, std::nullopt}}, {false, 1, hex("0102")}});
        QTest::newRow("set-response-normal")
            << hex("C501C1 00") << Apdu(SetResponseNormal{C1, DataAccessResult::Success});
        QTest::newRow("set-response-denied")
            << hex("C501C1 03") << Apdu(SetResponseNormal{C1, DataAccessResult::ReadWriteDenied});
        QTest::newRow("set-response-datablock")
            << hex("C502C1 00000001") << Apdu(SetResponseDatablock{C1, 1});
        QTest::newRow("set-response-last-datablock")
            << hex("C503C1 00 00000002")
            << Apdu(SetResponseLastDatablock{C1, DataAccessResult::Success, 2});
        QTest::newRow("set-response-last-datablock-with-list")
            << hex("C504C1 02 00 03 00000002")
            << Apdu(SetResponseLastDatablockWithList{
                   C1, {DataAccessResult::Success, DataAccessResult::ReadWriteDenied}, 2});
        QTest::newRow("set-response-with-list")
            << hex("C505C1 02 00 03")
            << Apdu(SetResponseWithList{
                   C1, {DataAccessResult::Success, DataAccessResult::ReadWriteDenied}});

        // ACTION
        QTest::newRow("action-request-normal-no-parameters")
            << hex("C301C1 0046 000060030AFF 01 00")
            << Apdu(ActionRequestNormal{C1, disconnect, std::nullopt});
        QTest::newRow("action-request-normal")
            << hex("C301C1 0046 000060030AFF 01 01 0F00")
            << Apdu(ActionRequestNormal{C1, disconnect, Value::integer(0)});
        QTest::newRow("action-request-next-pblock")
            << hex("C302C1 00000001") << Apdu(ActionRequestNextPblock{C1, 1});
        QTest::newRow("action-request-with-list")
            << hex("C303C1 02 0046 000060030AFF 01 0046 000060030AFF 02 02 0F00 0F00")
            << Apdu(ActionRequestWithList{C1,
                                          {disconnect, {70, Obis(0, 0, 96, 3, 10, 255), 2}},
                                          {Value::integer(0), Value::integer(0)}});
        QTest::newRow("action-request-with-first-pblock")
            << hex("C304C1 000F 0000280000FF 01 00 00000001 02 0910")
            << Apdu(ActionRequestWithFirstPblock{C1, replyToHls, {false, 1, hex("0910")}});
        QTest::newRow("action-request-with-list-and-first-pblock")
            << hex("C305C1 01 000F 0000280000FF 01 01 00000001 01 00")
            << Apdu(ActionRequestWithListAndFirstPblock{C1, {replyToHls}, {true, 1, hex("00")}});
        QTest::newRow("action-request-with-pblock")
            << hex("C306C1 01 00000002 00")
            << Apdu(ActionRequestWithPblock{C1, {true, 2, QByteArray()}});
        QTest::newRow("action-response-normal")
            << hex("C701C1 00 00")
            << Apdu(ActionResponseNormal{C1, {ActionResult::Success, std::nullopt}});
        QTest::newRow("action-response-normal-refused-data")
            << hex("C701C1 00 01 01 03")
            << Apdu(ActionResponseNormal{
                   C1, {ActionResult::Success, GetDataResult(DataAccessResult::ReadWriteDenied)}});
        QTest::newRow("action-response-with-pblock")
            << hex("C702C1 01 00000001 02 0102")
            << Apdu(ActionResponseWithPblock{C1, {true, 1, hex("0102")}});
        QTest::newRow("action-response-with-list")
            << hex("C703C1 02 00 00 0B 01 00 1105")
            << Apdu(ActionResponseWithList{
                   C1,
                   {{ActionResult::Success, std::nullopt},
                    {ActionResult::ObjectUnavailable, Value::unsigned8(5)}}});
        QTest::newRow("action-response-next-pblock")
            << hex("C704C1 00000003") << Apdu(ActionResponseNextPblock{C1, 3});

        // Errors and unsolicited APDUs
        QTest::newRow("exception-response")
            << hex("D8 01 02")
            << Apdu(ExceptionResponse{ExceptionStateError::ServiceNotAllowed,
                                      ExceptionServiceError::ServiceNotSupported, std::nullopt});
        QTest::newRow("exception-invocation-counter")
            << hex("D8 02 06 0000000A")
            << Apdu(ExceptionResponse{ExceptionStateError::ServiceUnknown,
                                      ExceptionServiceError::InvocationCounterError, 10u});
        QTest::newRow("confirmed-service-error")
            << hex("0E 01 06 01")
            << Apdu(ConfirmedServiceError{ConfirmedService::InitiateError,
                                          ServiceErrorGroup::Initiate, 1});
        QTest::newRow("event-notification")
            << hex("C2 00 0001 0000600B00FF 02 1105")
            << Apdu(EventNotification{
                   std::nullopt, {1, Obis(0, 0, 96, 11, 0, 255), 2}, Value::unsigned8(5)});
        QTest::newRow("event-notification-with-time")
            << hex("C2 01 0C 07EA0B150617261B00000000 0001 0000600B00FF 02 1105")
            << Apdu(EventNotification{hex("07EA0B150617261B00000000"),
                                      {1, Obis(0, 0, 96, 11, 0, 255), 2},
                                      Value::unsigned8(5)});
        QTest::newRow("data-notification")
            << hex("0F 00000001 00 0202 09060000010000FF 120064")
            << Apdu(DataNotification{LongInvokeIdAndPriority::make(1), QByteArray(),
                                     Value::structure({Value::octetString(clockObis.toBytes()),
                                                       Value::longUnsigned(100)})});
        QTest::newRow("data-notification-with-time")
            << hex("0F 40000005 0C 07EA0B150617261B00000000 1107")
            << Apdu(DataNotification{LongInvokeIdAndPriority::make(5, true),
                                     hex("07EA0B150617261B00000000"), Value::unsigned8(7)});

        // Initiate and ciphered envelopes
        InitiateRequest initiate;
        initiate.proposedConformance = Conformance::fromValue(0x001E1D);
        QTest::newRow("initiate-request") << hex("01000000065F1F0400001E1DFFFF") << Apdu(initiate);
        InitiateRequest dedicated = initiate;
        dedicated.dedicatedKey = hex("00112233445566778899AABBCCDDEEFF");
        dedicated.responseAllowed = false;
        dedicated.proposedQualityOfService = 3;
        QTest::newRow("initiate-request-all-fields")
            << hex("01 01 10 00112233445566778899AABBCCDDEEFF 01 00 01 03 06 5F1F0400001E1D FFFF")
            << Apdu(dedicated);
        InitiateResponse response;
        response.negotiatedConformance = Conformance::fromValue(0x00101D);
        response.serverMaxReceivePduSize = 0x64;
        QTest::newRow("initiate-response") << hex("0800065F1F040000101D00640007") << Apdu(response);
        QTest::newRow("general-glo-ciphering")
            << hex("DB 08 4775727578313233 1E 30 00000004 "
                   "1E0F3815C11C8A2E2DDD2748E7278CE80A004F30A1A252ED05")
            << Apdu(CipheredApdu{0xDB, hex("4775727578313233"), 0x30, 4,
                                 hex("1E0F3815C11C8A2E2DDD2748E7278CE80A004F30A1A252ED05")});
        QTest::newRow("glo-get-request")
            << hex("C8 08 30 00000001 AABBCC")
            << Apdu(CipheredApdu{0xC8, QByteArray(), 0x30, 1, hex("AABBCC")});
    }

    void handWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Apdu, pdu);
        QCOMPARE(encodeApdu(pdu).toHex(' '), bytes.toHex(' '));
        const auto parsed = parseApdu(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QVERIFY2(*parsed == pdu, qPrintable(apduName(*parsed)));
        // Every proper prefix is incomplete, never misread. (D8 xx 06 alone is
        // the pre-edition-8.3 invocation-counter-error, valid on its own.)
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            if (n == 3 && bytes.startsWith(hex("D80206")))
                continue;
            const auto cut = parseApdu(QByteArrayView(bytes).first(n));
            QVERIFY2(!cut.ok() && cut.error().kind == ErrorKind::Truncated,
                     qPrintable(QStringLiteral("prefix of %1 bytes").arg(n)));
        }
        // And a stray byte after it is an error.
        const auto longer = parseApdu(bytes + '\0');
        QVERIFY(!longer.ok());
        QCOMPARE(longer.error().kind, ErrorKind::Malformed);
    }

    void everyVectorApduParses_data()
    {
        QTest::addColumn<QByteArray>("apdu");
        for (const VectorApdu &v : vectorApdus()) {
            if (v.id != u"gx-profile-block1-prefix")
                QTest::newRow(qPrintable(v.id)) << v.apdu;
        }
    }

    void everyVectorApduParses()
    {
        QFETCH(QByteArray, apdu);
        const auto parsed = parseApdu(apdu);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(encodeApdu(*parsed).toHex(' '), apdu.toHex(' '));
        for (qsizetype n = 0; n < apdu.size(); ++n) {
            const auto cut = parseApdu(QByteArrayView(apdu).first(n));
            QVERIFY2(!cut.ok() && cut.error().kind == ErrorKind::Truncated,
                     qPrintable(QStringLiteral("prefix of %1 bytes").arg(n)));
        }
    }

    void decryptedPlaintexts()
    {
        // The plain APDUs inside the HLS-GMAC exchange.
        const auto get = parseApdu(hex("C001C1000F0000280000FF0200"));
        QVERIFY(get.ok());
        QVERIFY(*get
                == Apdu(GetRequestNormal{C1, {15, Obis(0, 0, 40, 0, 0, 255), 2}, std::nullopt}));
        const auto initiate = parseApdu(hex("0800065F1F0400401E1D02000007"));
        QVERIFY(initiate.ok());
        const auto *response = std::get_if<InitiateResponse>(&*initiate);
        QVERIFY(response);
        QCOMPARE(response->negotiatedConformance.value(), quint32(0x401E1D));
        QCOMPARE(response->serverMaxReceivePduSize, quint16(0x0200));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("empty") << QByteArray() << ErrorKind::Truncated;
        QTest::newRow("unknown-tag") << hex("FF0102") << ErrorKind::Unsupported;
        QTest::newRow("general-block-transfer")
            << hex("E0 00 0001 0000 00") << ErrorKind::Unsupported;
        QTest::newRow("sn-read-request") << hex("05 01 02 0008") << ErrorKind::Unsupported;
        QTest::newRow("unknown-get-choice") << hex("C007C1") << ErrorKind::Unsupported;
        QTest::newRow("unknown-action-response-choice") << hex("C705C1") << ErrorKind::Unsupported;
        QTest::newRow("bad-presence-marker")
            << hex("C001C1 0008 0000010000FF 02 02") << ErrorKind::Malformed;
        QTest::newRow("bad-get-data-result") << hex("C401C1 02 00") << ErrorKind::Malformed;
        QTest::newRow("bad-datablock-choice")
            << hex("C402C1 00 00000001 05 00") << ErrorKind::Malformed;
        QTest::newRow("list-count-bomb") << hex("C003C1 84FFFFFFFF") << ErrorKind::Truncated;
        QTest::newRow("raw-data-bomb")
            << hex("C402C1 00 00000001 00 847FFFFFFF 00") << ErrorKind::Truncated;
        QTest::newRow("length-form-too-long")
            << hex("C402C1 00 00000001 00 85 0000000001 00") << ErrorKind::Malformed;
        QTest::newRow("ciphered-too-short") << hex("C8 03 30 0000") << ErrorKind::Malformed;
        QTest::newRow("array-count-bomb")
            << hex("C401C1 00 01 84 7FFFFFFF 00") << ErrorKind::TooLarge;
        QByteArray deep = hex("C401C1 00");
        for (int i = 0; i < 40; ++i)
            deep += hex("0101");
        deep += hex("00");
        QTest::newRow("too-deep") << deep << ErrorKind::TooDeep;
    }

    void hostile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorKind, kind);
        const auto r = parseApdu(bytes);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
    }

    void accessResultNames()
    {
        const QList<QPair<int, const char *>> names = {
            {0, "success"},
            {1, "hardware-fault"},
            {2, "temporary-failure"},
            {3, "read-write-denied"},
            {4, "object-undefined"},
            {9, "object-class-inconsistent"},
            {11, "object-unavailable"},
            {12, "type-unmatched"},
            {13, "scope-of-access-violated"},
            {14, "data-block-unavailable"},
            {15, "long-get-aborted"},
            {16, "no-long-get-in-progress"},
            {17, "long-set-aborted"},
            {18, "no-long-set-in-progress"},
            {19, "data-block-number-invalid"},
            {250, "other-reason"},
            {77, "result-77"},
        };
        for (const auto &[code, name] : names)
            QCOMPARE(dataAccessResultName(DataAccessResult(code)), QLatin1String(name));
        const Error e = dataAccessError(DataAccessResult::ReadWriteDenied);
        QCOMPARE(e.kind, ErrorKind::DataAccess);
        QCOMPARE(e.message, QStringLiteral("data access: read-write-denied"));
        QCOMPARE(e.code, 3);
        QCOMPARE(actionResultName(ActionResult::LongActionAborted),
                 QStringLiteral("long-action-aborted"));
        QCOMPARE(actionResultName(ActionResult::NoLongActionInProgress),
                 QStringLiteral("no-long-action-in-progress"));
        QCOMPARE(actionResultName(ActionResult::TypeUnmatched), QStringLiteral("type-unmatched"));
        const Error a = actionError(ActionResult::TemporaryFailure);
        QCOMPARE(a.kind, ErrorKind::DataAccess);
        QCOMPARE(a.code, 2);
        QCOMPARE(a.message, QStringLiteral("action: temporary-failure"));
        QCOMPARE(toResult(ActionOutcome{ActionResult::ObjectUndefined, std::nullopt}).error().code,
                 4);
        QCOMPARE(toResult(ActionOutcome{ActionResult::Success, std::nullopt}).value(), Value());
        QCOMPARE(toResult(GetDataResult(DataAccessResult::Success)).error().kind,
                 ErrorKind::Malformed);
    }

    void errorApdus()
    {
        const ExceptionResponse e{ExceptionStateError::ServiceNotAllowed,
                                  ExceptionServiceError::OperationNotPossible, std::nullopt};
        QCOMPARE(e.toError().kind, ErrorKind::Exception);
        QCOMPARE(e.toError().code, 0x0101);
        QCOMPARE(e.toError().message,
                 QStringLiteral("exception: service-not-allowed, operation-not-possible"));
        const ConfirmedServiceError c{ConfirmedService::InitiateError, ServiceErrorGroup::Initiate,
                                      1};
        QCOMPARE(c.describe(), QStringLiteral("initiateError: initiate: dlms-version-too-low"));
        QCOMPARE(c.toError().kind, ErrorKind::ServiceError);
        QCOMPARE(c.toError().code, 0x0601);
        // An old server's invocation-counter-error without the counter.
        const auto old = parseApdu(hex("D80106"));
        QVERIFY(old.ok());
        QVERIFY(!std::get<ExceptionResponse>(*old).invocationCounter);
    }

    void invokeIds()
    {
        QCOMPARE(InvokeIdAndPriority{0xC1}.invokeId(), quint8(1));
        QVERIFY(InvokeIdAndPriority{0xC1}.confirmed());
        QVERIFY(InvokeIdAndPriority{0xC1}.highPriority());
        QVERIFY(!InvokeIdAndPriority{0x81}.confirmed()); // wb-get-3-resp
        QVERIFY(InvokeIdAndPriority{0x81}.highPriority());
        QCOMPARE(InvokeIdAndPriority::make(5, true, false).byte, quint8(0x45));
        QCOMPARE(InvokeIdAndPriority{0xCF}.next().byte, quint8(0xC0));
        const auto l = LongInvokeIdAndPriority::make(0x123456, true, true, true, true);
        QCOMPARE(l.value, quint32(0xF0123456));
        QCOMPARE(l.invokeId(), quint32(0x123456));
        QVERIFY(l.selfDescriptive() && l.breakOnError() && l.confirmed() && l.highPriority());
    }

    void names()
    {
        QCOMPARE(apduName(GetRequestNext{C1, 1}), QStringLiteral("get-request-next"));
        QCOMPARE(apduName(Aare{}), QStringLiteral("aare"));
        QCOMPARE(apduName(DataNotification{}), QStringLiteral("data-notification"));
    }
};

QTEST_GUILESS_MAIN(XdlmsApduTest)
#include "tst_xdlms_apdu.moc"

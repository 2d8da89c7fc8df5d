// The commissioning CSV as operators write it (Excel's "CSV UTF-8" with ';',
// LibreOffice with ',', quotes, a BOM) and as they get it wrong: every
// problem is named with the line it is on, and a file with any problem has
// ok() false so that nothing of it is applied.
#include "models/fleet/commissioning_csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ims;
using namespace ims::fleet;

Q_DECLARE_METATYPE(ims::fleet::CsvProblem)

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

QString lines(const CommissioningCsv &csv)
{
    QStringList out;
    for (const CsvLineError &e : csv.errors)
        out << QStringLiteral("%1 %2: %3").arg(e.line).arg(csvProblemToken(e.problem), e.message);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TstCommissioningCsv : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryColumnWithSemicolonsAndBom()
    {
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "serial;subscriber;account;plot;ct;vt;group\r\n"
                                 "01234567;\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2 "
                                 "\xD0\x98.\xD0\x98.;ACC-1;12;150/5;10000/100;Feeder 1\r\n"
                                 "01234568;;;14;;;\r\n";
        const CommissioningCsv csv = CommissioningCsvParser::parse(bytes);
        QVERIFY2(csv.ok(), qPrintable(lines(csv)));
        QCOMPARE(csv.separator, QChar(u';'));
        QCOMPARE(csv.columns, CommissioningCsvParser::knownColumns());
        QCOMPARE(csv.rows.size(), 2);
        const CommissioningRow &a = csv.rows[0];
        QCOMPARE(a.line, 2);
        QCOMPARE(a.serial, QStringLiteral("01234567")); // the BOM is not part of the header
        QCOMPARE(a.subscriberName, QString::fromUtf8("\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE"
                                                     "\xD0\xB2 \xD0\x98.\xD0\x98."));
        QCOMPARE(a.account, QStringLiteral("ACC-1"));
        QCOMPARE(a.plot, QStringLiteral("12"));
        QCOMPARE(a.ct, (domain::Ratio{150, 5}));
        QCOMPARE(a.vt, (domain::Ratio{10000, 100}));
        QCOMPARE(a.group, QStringLiteral("Feeder 1"));
        const CommissioningRow &b = csv.rows[1];
        QCOMPARE(b.line, 3);
        QVERIFY(b.account.isEmpty());
        // A present ratio column with an empty cell is a direct connection.
        QCOMPARE(b.ct, (domain::Ratio{1, 1}));
        QCOMPARE(b.vt, (domain::Ratio{1, 1}));
        QVERIFY(b.group.isEmpty());
    }

    void detectsCommasAndQuotes()
    {
        const QByteArray bytes = "Serial,Subscriber,Account\n"
                                 "\"0001\",\"Petrov, I.I.\",A-1\n"
                                 "0002,\"the \"\"Rassvet\"\" co-op\",A-2\n"
                                 "  0003 , \"Sidorov\" ,A-3\n";
        const CommissioningCsv csv = CommissioningCsvParser::parse(bytes);
        QVERIFY2(csv.ok(), qPrintable(lines(csv)));
        QCOMPARE(csv.separator, QChar(u','));
        QCOMPARE(csv.columns, (QStringList{QStringLiteral("serial"), QStringLiteral("subscriber"),
                                           QStringLiteral("account")}));
        QCOMPARE(csv.rows.size(), 3);
        QCOMPARE(csv.rows[0].serial, QStringLiteral("0001"));
        QCOMPARE(csv.rows[0].subscriberName, QStringLiteral("Petrov, I.I."));
        QCOMPARE(csv.rows[1].subscriberName, QStringLiteral("the \"Rassvet\" co-op"));
        QCOMPARE(csv.rows[2].serial, QStringLiteral("0003"));
        QCOMPARE(csv.rows[2].subscriberName, QStringLiteral("Sidorov"));
        // No ratio column: the ratios are left as the database has them.
        QVERIFY(!csv.rows[0].ct.has_value());
        QVERIFY(!csv.rows[0].vt.has_value());
    }

    void commaInsideASemicolonFile()
    {
        const CommissioningCsv csv
            = CommissioningCsvParser::parse(utf8("serial;\"plot\";group\n1;\"3,4\";G\n"));
        QVERIFY2(csv.ok(), qPrintable(lines(csv)));
        QCOMPARE(csv.separator, QChar(u';'));
        QCOMPARE(csv.rows[0].plot, QStringLiteral("3,4"));
    }

    void quotedLineBreakKeepsLineNumbers()
    {
        // Record 2 spans lines 2-3, so the empty serial is on line 4.
        const CommissioningCsv csv = CommissioningCsvParser::parse(
            utf8("serial;subscriber;account\n1;\"two\nlines\";A\n;x;B\n"));
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows[0].subscriberName, QStringLiteral("two\nlines"));
        QCOMPARE(csv.errors.size(), 1);
        QCOMPARE(csv.errors[0].line, 4);
        QCOMPARE(csv.errors[0].problem, CsvProblem::EmptySerial);
    }

    void skipsBlankLinesAndTrailingSeparators()
    {
        const CommissioningCsv csv
            = CommissioningCsvParser::parse(utf8("\n\nserial;plot;\n\n1;a;\n;;\n2;b\n"));
        QVERIFY2(csv.ok(), qPrintable(lines(csv)));
        QCOMPARE(csv.rows.size(), 2);
        QCOMPARE(csv.rows[0].line, 5);
        QCOMPARE(csv.rows[1].line, 7);
        QCOMPARE(csv.rows[1].plot, QStringLiteral("b"));
    }

    void ratios_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::newRow("150/5") << QStringLiteral("150/5") << true << 150LL << 5LL;
        QTest::newRow("30") << QStringLiteral("30") << true << 30LL << 1LL;
        QTest::newRow("spaces") << QStringLiteral(" 10000 / 100 ") << true << 10000LL << 100LL;
        QTest::newRow("1") << QStringLiteral("1") << true << 1LL << 1LL;
        QTest::newRow("largest") << QStringLiteral("100000000/1") << true << 100000000LL << 1LL;
        QTest::newRow("too large") << QStringLiteral("100000001") << false << 0LL << 0LL;
        QTest::newRow("zero") << QStringLiteral("0") << false << 0LL << 0LL;
        QTest::newRow("zero denominator") << QStringLiteral("150/0") << false << 0LL << 0LL;
        QTest::newRow("negative") << QStringLiteral("-5") << false << 0LL << 0LL;
        QTest::newRow("plus") << QStringLiteral("+5") << false << 0LL << 0LL;
        QTest::newRow("decimal") << QStringLiteral("1.5") << false << 0LL << 0LL;
        QTest::newRow("decimal comma") << QStringLiteral("1,5") << false << 0LL << 0LL;
        QTest::newRow("no denominator") << QStringLiteral("150/") << false << 0LL << 0LL;
        QTest::newRow("no numerator") << QStringLiteral("/5") << false << 0LL << 0LL;
        QTest::newRow("two slashes") << QStringLiteral("150/5/1") << false << 0LL << 0LL;
        QTest::newRow("letter O") << QStringLiteral("15O/5") << false << 0LL << 0LL;
        QTest::newRow("empty") << QString() << false << 0LL << 0LL;
        QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << false << 0LL << 0LL;
    }

    void ratios()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        const auto ratio = CommissioningCsvParser::parseRatio(text);
        QCOMPARE(ratio.has_value(), valid);
        if (valid)
            QCOMPARE(*ratio, (domain::Ratio{numerator, denominator}));
    }

    void ratioText()
    {
        QCOMPARE(CommissioningCsvParser::ratioText({150, 5}), QStringLiteral("150/5"));
        QCOMPARE(CommissioningCsvParser::ratioText({30, 1}), QStringLiteral("30"));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<CsvProblem>("problem");
        QTest::addColumn<QString>("mentions"); // the message names what is wrong
        QTest::addColumn<int>("goodRows");
        QTest::newRow("empty file")
            << QByteArray() << 0 << CsvProblem::MissingHeader << QStringLiteral("serial") << 0;
        QTest::newRow("only blank lines")
            << utf8("\r\n \r\n") << 0 << CsvProblem::MissingHeader << QStringLiteral("serial") << 0;
        QTest::newRow("unknown column")
            << utf8("serial;colour\n1;red\n") << 1 << CsvProblem::UnknownColumn
            << QStringLiteral("colour") << 0;
        QTest::newRow("unknown column after blank lines")
            << utf8("\n\nserial,phase\n1,A\n") << 3 << CsvProblem::UnknownColumn
            << QStringLiteral("phase") << 0;
        QTest::newRow("duplicate column")
            << utf8("serial;plot;Plot\n1;2;3\n") << 1 << CsvProblem::DuplicateColumn
            << QStringLiteral("Plot") << 0;
        QTest::newRow("unnamed column") << utf8("serial;;plot\n1;;2\n") << 1
                                        << CsvProblem::UnnamedColumn << QStringLiteral("2") << 0;
        QTest::newRow("no serial column")
            << utf8("plot;account\n1;2\n") << 1 << CsvProblem::MissingSerialColumn
            << QStringLiteral("serial") << 0;
        QTest::newRow("empty serial")
            << utf8("serial;plot\n1;a\n ;b\n") << 3 << CsvProblem::EmptySerial << QString() << 1;
        QTest::newRow("duplicate serial")
            << utf8("serial\n11\n22\n11\n") << 4 << CsvProblem::DuplicateSerial
            << QStringLiteral("line 2") << 2;
        QTest::newRow("malformed ct") << utf8("serial;ct\n1;150/5\n2;15O/5\n") << 3
                                      << CsvProblem::MalformedRatio << QStringLiteral("15O/5") << 1;
        QTest::newRow("malformed vt") << utf8("serial,vt\n1,0\n2,100\n") << 2
                                      << CsvProblem::MalformedRatio << QStringLiteral("vt") << 1;
        QTest::newRow("too many columns") << utf8("serial;plot\n1;a;b\n2;c\n") << 2
                                          << CsvProblem::TooManyColumns << QStringLiteral("3") << 1;
        QTest::newRow("unterminated quote") << utf8("serial;plot\n1;a\n2;\"abc\n3;x\n") << 3
                                            << CsvProblem::UnterminatedQuote << QString() << 1;
        QTest::newRow("text after quote") << utf8("serial;plot\n1;\"a\"b\n2;c\n") << 2
                                          << CsvProblem::TextAfterQuote << QString() << 1;
        QTest::newRow("not utf-8 (cp1251)")
            << QByteArray("serial;subscriber;account\n1;A;B\n2;\xCF\xE5\xF2\xF0\xEE\xE2;C\n") << 3
            << CsvProblem::NotUtf8 << QStringLiteral("UTF-8") << 1;
        QTest::newRow("subscriber without account")
            << utf8("serial;subscriber;account\n1;Petrov;\n") << 2
            << CsvProblem::SubscriberWithoutAccount << QStringLiteral("Petrov") << 0;
        QTest::newRow("one account, two names")
            << utf8("serial;subscriber;account\n1;Petrov;A-1\n2;Petrov;A-1\n3;Sidorov;A-1\n") << 4
            << CsvProblem::ConflictingSubscriber << QStringLiteral("Sidorov") << 2;
    }

    void problems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(CsvProblem, problem);
        QFETCH(QString, mentions);
        QFETCH(int, goodRows);
        const CommissioningCsv csv = CommissioningCsvParser::parse(bytes);
        QVERIFY(!csv.ok());
        QCOMPARE(csv.errors.size(), 1);
        QCOMPARE(csv.errors[0].line, line);
        QCOMPARE(csv.errors[0].problem, problem);
        QVERIFY2(csv.errors[0].message.contains(mentions), qPrintable(csv.errors[0].message));
        // The sound lines are read (for the preview), but the file is not ok().
        QCOMPARE(csv.rows.size(), goodRows);
    }

    void headerMissing()
    {
        // Data on the first line: each value is an unknown column, and the
        // serial column is missing.
        const CommissioningCsv csv = CommissioningCsvParser::parse(utf8("01234567;ACC-1\n"));
        QCOMPARE(csv.errors.size(), 3);
        for (const CsvLineError &e : csv.errors)
            QCOMPARE(e.line, 1);
        QCOMPARE(csv.errors[0].problem, CsvProblem::UnknownColumn);
        QVERIFY(csv.errors[0].message.contains(QStringLiteral("01234567")));
        QCOMPARE(csv.errors[1].problem, CsvProblem::UnknownColumn);
        QCOMPARE(csv.errors[2].problem, CsvProblem::MissingSerialColumn);
        QVERIFY(csv.rows.isEmpty());
    }

    void reportsEveryBadLine()
    {
        const CommissioningCsv csv
            = CommissioningCsvParser::parse(utf8("serial;ct;vt\n1;x;y\n2;1;1\n2;1;1\n;1;1\n"));
        QCOMPARE(csv.errors.size(), 4);
        QCOMPARE(csv.errors[0].line, 2);
        QCOMPARE(csv.errors[0].problem, CsvProblem::MalformedRatio);
        QCOMPARE(csv.errors[1].line, 2);
        QCOMPARE(csv.errors[1].problem, CsvProblem::MalformedRatio);
        QCOMPARE(csv.errors[2].line, 4);
        QCOMPARE(csv.errors[2].problem, CsvProblem::DuplicateSerial);
        QCOMPARE(csv.errors[3].line, 5);
        QCOMPARE(csv.errors[3].problem, CsvProblem::EmptySerial);
        QCOMPARE(csv.rows.size(), 1);
    }

    void refusesMoreThanTenMegabytes()
    {
        QByteArray big("serial\n");
        big.append(QByteArray(CommissioningCsvParser::kMaxFileBytes - big.size() + 1, '1'));
        QCOMPARE(big.size(), CommissioningCsvParser::kMaxFileBytes + 1);
        const CommissioningCsv inMemory = CommissioningCsvParser::parse(big);
        QCOMPARE(inMemory.errors.size(), 1);
        QCOMPARE(inMemory.errors[0].problem, CsvProblem::FileTooLarge);
        QCOMPARE(inMemory.errors[0].line, 0);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(big), big.size());
        f.close();
        const CommissioningCsv fromFile = CommissioningCsvParser::parseFile(path);
        QCOMPARE(fromFile.errors.size(), 1);
        QCOMPARE(fromFile.errors[0].problem, CsvProblem::FileTooLarge);
        QVERIFY(fromFile.rows.isEmpty());

        // Exactly at the limit is read.
        big.chop(1);
        const CommissioningCsv atLimit = CommissioningCsvParser::parse(big);
        QVERIFY2(atLimit.ok(), qPrintable(lines(atLimit)));
        QCOMPARE(atLimit.rows.size(), 1);
    }

    void missingFileIsUnreadable()
    {
        const CommissioningCsv csv
            = CommissioningCsvParser::parseFile(QStringLiteral("/nonexistent/commissioning.csv"));
        QCOMPARE(csv.errors.size(), 1);
        QCOMPARE(csv.errors[0].problem, CsvProblem::Unreadable);
    }
};

QTEST_GUILESS_MAIN(TstCommissioningCsv)
#include "tst_commissioning_csv.moc"

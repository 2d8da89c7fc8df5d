// The layering rule (docs/ARCHITECTURE.md): data flows protocol -> models ->
// ui -> app and never back up. CMake links enforce most of it; this test
// catches a forbidden #include before it turns into a link dependency.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class LayeringTest : public QObject
{
    Q_OBJECT

    struct Violation
    {
        QString file;
        int line;
        QString include;
    };

    static QList<Violation> scan(const QString &layer, const QRegularExpression &forbidden)
    {
        QList<Violation> found;
        const QString root = QStringLiteral(IMSDESK_SOURCE_DIR "/") + layer;
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int lineNo = 0;
            while (!f.atEnd()) {
                const QString line = QString::fromUtf8(f.readLine());
                ++lineNo;
                const auto m = include.match(line);
                if (m.hasMatch() && forbidden.match(m.captured(1)).hasMatch())
                    found.append({path.mid(root.size() - layer.size()), lineNo, m.captured(1)});
            }
        }
        return found;
    }

    static QString describe(const QList<Violation> &vs)
    {
        QStringList lines;
        for (const auto &v : vs)
            lines << QStringLiteral("%1:%2 includes %3").arg(v.file).arg(v.line).arg(v.include);
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void layerIncludesOnlyWhatItMayUse_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("forbidden");
        // protocol: Qt Core, Network, SerialPort, libcrypto. No storage, no widgets.
        QTest::newRow("protocol") << QStringLiteral("protocol")
                                  << QStringLiteral(
                                         "^(QtSql|QSql|QtWidgets|QWidget|QtCharts|QChart|QtGui|"
                                         "QPainter|QImage|models/|ui/|app/)");
        // models: Qt Core, Sql, Gui (+ protocol's plain types). No widgets, no links.
        QTest::newRow("models") << QStringLiteral("models")
                                << QStringLiteral(
                                       "^(QtWidgets|QWidget|QtCharts|QChart|QTcpSocket|QSerialPort|"
                                       "QtNetwork|QtSerialPort|ui/|app/|protocol/link/)");
        // ui: reads through models, asks the engine; never touches a link.
        QTest::newRow("ui") << QStringLiteral("ui")
                            << QStringLiteral("^(QTcpSocket|QSerialPort|QtSerialPort|QSqlQuery|"
                                              "QSqlDatabase|app/|protocol/link/|protocol/hdlc/)");
    }

    void layerIncludesOnlyWhatItMayUse()
    {
        QFETCH(QString, layer);
        QFETCH(QString, forbidden);
        const auto violations = scan(layer, QRegularExpression(forbidden));
        QVERIFY2(violations.isEmpty(), qPrintable(describe(violations)));
    }

    void scannerSeesAViolation()
    {
        // Guard against a scanner that silently finds nothing: the test file
        // tree itself includes QtTest, so a scan for it must report hits.
        const auto hits = scan(QStringLiteral("tests/unit/architecture"),
                               QRegularExpression(QStringLiteral("^QTest$")));
        QVERIFY(!hits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(LayeringTest)
#include "tst_layering.moc"

// Russian first: every user-visible string is translatable and translated.
// The committed .ts files must list every tr() string of the sources (checked
// by running lupdate over them) and carry a finished translation for each.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool finished = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage{context, {}, false};
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                const bool marked = type == QLatin1String("unfinished")
                                    || type == QLatin1String("vanished")
                                    || type == QLatin1String("obsolete");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                current.finished = !marked && !text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> out;
    for (const auto &m : messages)
        out.insert(m.context + QLatin1Char('|') + m.source);
    return out;
}

const QString tsDir = QStringLiteral(IMSDESK_SOURCE_DIR "/translations");

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ru (primary)") << QStringLiteral("imsdesk_ru.ts");
        QTest::newRow("en") << QStringLiteral("imsdesk_en.ts");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QString error;
        const auto messages = readTs(tsDir + QLatin1Char('/') + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const auto &m : messages) {
            if (!m.finished)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("%1 untranslated in %2 (scripts/update-translations.sh):\n%3")
                           .arg(missing.size())
                           .arg(file, missing.mid(0, 40).join(QLatin1Char('\n')))));
    }

    void tsFilesListEverySourceString()
    {
        const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        if (!QFile::exists(lupdate))
            QSKIP("lupdate is not installed on this machine");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
        QProcess p;
        p.setWorkingDirectory(QStringLiteral(IMSDESK_SOURCE_DIR));
        p.start(lupdate,
                {QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-silent"),
                 QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                 QStringLiteral("none"), QStringLiteral("-recursive"), QStringLiteral("protocol"),
                 QStringLiteral("models"), QStringLiteral("ui"), QStringLiteral("app"),
                 QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QString error;
        const QSet<QString> inSources = keys(readTs(fresh, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!inSources.isEmpty(), "lupdate found no strings at all: the scan is broken");
        for (const QString &file :
             {QStringLiteral("imsdesk_ru.ts"), QStringLiteral("imsdesk_en.ts")}) {
            const QSet<QString> committed = keys(readTs(tsDir + QLatin1Char('/') + file, &error));
            QStringList absent;
            for (const QString &k : inSources) {
                if (!committed.contains(k))
                    absent << k;
            }
            absent.sort();
            QVERIFY2(absent.isEmpty(),
                     qPrintable(QStringLiteral(
                                    "%1 lacks %2 strings (run scripts/update-translations.sh):\n%3")
                                    .arg(file)
                                    .arg(absent.size())
                                    .arg(absent.mid(0, 40).join(QLatin1Char('\n')))));
        }
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"

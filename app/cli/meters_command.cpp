#include "app/cli/meters_command.h"

#include "models/analytics/meter_query.h"
#include "models/itemmodels/meter_list_model.h"
#include "models/storage/database.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ims::cli {

namespace {

class MetersCommand
{
    Q_DECLARE_TR_FUNCTIONS(MetersCommand)
public:
    static int run(const QStringList &args);
};

QString stateToken(int state)
{
    switch (state) {
    case 0:
        return QStringLiteral("active");
    case 1:
        return QStringLiteral("not-responding");
    case 2:
        return QStringLiteral("disabled");
    case 3:
        return QStringLiteral("decommissioned");
    }
    return QStringLiteral("unknown");
}

int MetersCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          tr("Only meters whose serial, model, plot or"
                                             " subscriber contains TEXT."),
                                          tr("TEXT"));
    parser.addOptions({dbOption, jsonOption, filterOption});
    if (!parser.parse(QStringList{QStringLiteral("imsdesk-cli meters")} + args)
        || parser.value(dbOption).isEmpty()) {
        QTextStream(stderr) << tr("usage: imsdesk-cli meters --db FILE [--filter TEXT] [--json]")
                            << '\n';
        return 2;
    }
    const QString path = parser.value(dbOption);
    if (!QFileInfo::exists(path)) {
        QTextStream(stderr) << tr("no database at %1").arg(path) << '\n';
        return 1;
    }
    storage::Database db({path});
    if (const Status s = db.openAndMigrate(); !s) {
        QTextStream(stderr) << s.error().message << '\n';
        return 1;
    }
    analytics::MeterQuery query(*db.connection());
    analytics::MeterFilter filter;
    filter.text = parser.value(filterOption);
    const bool json = parser.isSet(jsonOption);
    QJsonArray array;
    QTextStream out(stdout);
    constexpr int kPage = 5000;
    for (int offset = 0;; offset += kPage) {
        auto page = query.meters(filter, analytics::MeterSort::Serial, false, kPage, offset);
        if (!page) {
            QTextStream(stderr) << page.error().message << '\n';
            return 1;
        }
        for (const analytics::MeterRow &m : *page) {
            if (json) {
                array.append(QJsonObject{{QStringLiteral("serial"), m.serial},
                                         {QStringLiteral("model"), m.model},
                                         {QStringLiteral("router"), m.routerName},
                                         {QStringLiteral("physicalAddress"), m.physicalAddress},
                                         {QStringLiteral("subscriber"), m.subscriberAccount},
                                         {QStringLiteral("subscriberName"), m.subscriberName},
                                         {QStringLiteral("plot"), m.plot},
                                         {QStringLiteral("state"), stateToken(m.state)}});
            } else {
                out << m.serial.leftJustified(14) << ' ' << m.model.leftJustified(14) << ' '
                    << m.routerName.leftJustified(12) << ' '
                    << QString::number(m.physicalAddress).rightJustified(5) << ' '
                    << m.subscriberAccount.leftJustified(10) << ' '
                    << itemmodels::MeterListModel::stateName(m.state) << '\n';
            }
        }
        if (page->size() < kPage)
            break;
    }
    if (json)
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

CliCommand metersCommand()
{
    return {QStringLiteral("meters"), MetersCommand::tr("list the meters of a database"),
            &MetersCommand::run};
}

} // namespace ims::cli

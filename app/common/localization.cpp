#include "app/common/localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ims::app {

QStringList availableLanguages()
{
    return {QStringLiteral("ru"), QStringLiteral("en")};
}

QString installTranslations(QCoreApplication &app, const QString &requested)
{
    QString language = requested;
    if (language.isEmpty()) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        language = availableLanguages().contains(system) ? system : availableLanguages().first();
    }
    if (!availableLanguages().contains(language))
        language = availableLanguages().first();
    QLocale::setDefault(QLocale(language));

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/imsdesk_%1.qm").arg(language)))
        app.installTranslator(own);
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtBase);
    return language;
}

} // namespace ims::app

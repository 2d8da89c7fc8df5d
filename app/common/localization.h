#pragma once
// Installs the ImsDesk translation for the chosen or the system language.
#include <QString>

class QCoreApplication;

namespace ims::app {

// Language codes the executables ship translations for, primary first.
QStringList availableLanguages();

// "ru", "en", or empty for the system locale (Russian when the system asks
// for a language we do not ship). Returns the code actually installed.
QString installTranslations(QCoreApplication &app, const QString &requested);

} // namespace ims::app

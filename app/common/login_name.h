#pragma once
// Who gives a command when nobody said: the login name, for the record.
#include <QString>

namespace ims::app {

QString loginName();

} // namespace ims::app

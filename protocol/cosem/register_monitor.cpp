#include "protocol/cosem/register_monitor.h"

#include "protocol/cosem/class_id.h"
#include "protocol/cosem/field_reader.h"

namespace ims::cosem {

using axdr::DataType;
using axdr::Value;
using Attr = ic::RegisterMonitor::Attr;

ActionSet ActionSet::read(FieldReader &r, const Value &v, const QString &field)
{
    const auto m = r.structure(v, 2, field);
    ActionSet a;
    a.up = ScriptReference::read(r, m[0], FieldReader::member(field, "action_up"));
    a.down = ScriptReference::read(r, m[1], FieldReader::member(field, "action_down"));
    return a;
}

Value ActionSet::toValue() const
{
    return Value::structure({up.toValue(), down.toValue()});
}

Status RegisterMonitor::setAttribute(qint8 index, const Value &value)
{
    FieldReader r;
    switch (index) {
    case Attr::Thresholds: {
        const QString field = QStringLiteral("register_monitor.thresholds");
        const QList<Value> items = r.array(value, field);
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
            if (items[i].isList() || items[i].type() == DataType::CompactArray)
                r.fail(FieldReader::element(field, i),
                       tr("a threshold must be a simple value, got %1")
                           .arg(axdr::dataTypeName(items[i].type())));
        }
        if (r.ok())
            thresholds = items;
        break;
    }
    case Attr::MonitoredValue: {
        const auto d
            = ValueDefinition::read(r, value, QStringLiteral("register_monitor.monitored_value"));
        if (r.ok())
            monitoredValue = d;
        break;
    }
    case Attr::Actions: {
        auto a = readList<ActionSet>(r, value, QStringLiteral("register_monitor.actions"));
        if (r.ok())
            actions = std::move(a);
        break;
    }
    default:
        return Error(ErrorKind::NotFound,
                     tr("the register monitor has no attribute %1").arg(index));
    }
    if (!r.ok())
        return r.error();
    return {};
}

Result<Value> RegisterMonitor::attribute(qint8 index) const
{
    switch (index) {
    case Attr::Thresholds:
        return Value::array(thresholds);
    case Attr::MonitoredValue:
        return monitoredValue.toValue();
    case Attr::Actions:
        return listValue(actions);
    default:
        return Error(ErrorKind::NotFound,
                     tr("the register monitor has no attribute %1").arg(index));
    }
}

} // namespace ims::cosem

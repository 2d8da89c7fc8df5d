#pragma once
// COSEM objects of a simulated meter that act on its state: clock (8),
// disconnect control (70), limiter (71), activity calendar (20), special
// days table (11) and script tables (9). Each is a thin view of SimMeter.
#include "protocol/cosem/spodes_objects.h"
#include "protocol/sim/meter/sim_meter.h"
#include "protocol/sim/server/cosem_object.h"

#include <functional>

namespace ims::sim {

// Date-time octets as SPODES meters send them, in the network's local time.
axdr::Value meterDateTime(qint64 utcMs, quint8 clockStatus = 0);

class MeterClockObject : public CosemObject
{
public:
    MeterClockObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 9; }
    int methodCount() const override { return 6; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    SimMeter &m_meter;
};

class DisconnectControlObject : public CosemObject
{
public:
    DisconnectControlObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 4; }
    int methodCount() const override { return 2; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    SimMeter &m_meter;
};

// Limiter 0.0.17.0.k.255 of the meter's limiter slot k (spodes::LimiterKind).
class LimiterObject : public CosemObject
{
public:
    LimiterObject(SimMeter &meter, cosem::spodes::LimiterKind kind, AccessPolicy access);
    int attributeCount() const override { return 11; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;

private:
    const LimiterSlot &slot() const;
    SimMeter &m_meter;
    int m_slot;
};

class ActivityCalendarObject : public CosemObject
{
public:
    ActivityCalendarObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 10; }
    int methodCount() const override { return 1; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    SimMeter &m_meter;
};

class SpecialDaysObject : public CosemObject
{
public:
    SpecialDaysObject(SimMeter &meter, AccessPolicy access);
    int attributeCount() const override { return 2; }
    int methodCount() const override { return 2; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    dlms::DataAccessResult writeAttribute(qint8 attribute, const axdr::Value &value,
                                          ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    SimMeter &m_meter;
};

// Script table (class 9) whose scripts run a callback.
class ScriptTableObject : public CosemObject
{
public:
    using Runner = std::function<bool(quint16 scriptId)>;
    ScriptTableObject(const cosem::Obis &logicalName, axdr::Value scripts, Runner runner,
                      AccessPolicy access);
    int attributeCount() const override { return 2; }
    int methodCount() const override { return 1; }

protected:
    dlms::GetDataResult readAttribute(qint8 attribute,
                                      const std::optional<dlms::SelectiveAccess> &access,
                                      ServiceContext &context) override;
    ActionReply invoke(qint8 method, const std::optional<axdr::Value> &parameters,
                       ServiceContext &context) override;

private:
    axdr::Value m_scripts;
    Runner m_runner;
};

} // namespace ims::sim

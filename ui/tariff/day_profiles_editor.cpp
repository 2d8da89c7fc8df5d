#include "ui/tariff/day_profiles_editor.h"

#include "ui/tariff/day_profile_editor.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace ims::ui {

DayProfilesEditor::DayProfilesEditor(QWidget *parent)
    : RowList(tr("Add day profile"), parent, tr("Remove day profile"))
{
    setObjectName(QStringLiteral("dayProfilesEditor"));
}

QString DayProfilesEditor::profileName(int dayId)
{
    return tr("Day profile %1").arg(dayId);
}

QList<cosem::DayProfile> DayProfilesEditor::profiles() const
{
    QList<cosem::DayProfile> out;
    for (const DayProfileEditor *editor : m_editors)
        out.append(editor->profile());
    return out;
}

void DayProfilesEditor::setProfiles(const QList<cosem::DayProfile> &profiles)
{
    clearRows();
    for (const cosem::DayProfile &p : profiles)
        addEditor(p.dayId)->setProfile(p);
    emit changed();
}

int DayProfilesEditor::addProfile()
{
    int id = 1;
    auto taken = [this](int candidate) {
        return std::any_of(
            m_editors.begin(), m_editors.end(),
            [candidate](const DayProfileEditor *e) { return e->dayId() == candidate; });
    };
    while (taken(id) && id < 255)
        ++id;
    addEditor(quint8(id));
    emit changed();
    return rowCount() - 1;
}

DayProfileEditor *DayProfilesEditor::addEditor(quint8 dayId)
{
    QHBoxLayout *layout = appendRow();
    auto *box = new QGroupBox(profileName(dayId));
    box->setObjectName(QStringLiteral("dayProfileBox"));
    auto *editor = new DayProfileEditor(dayId, box);
    editor->setTariffChoices(m_tariffChoices);
    auto *inner = new QVBoxLayout(box);
    inner->addWidget(editor);
    addField(layout, box, 1);
    connect(editor, &RowList::changed, this, &RowList::changed);
    m_editors.append(editor);
    return editor;
}

void DayProfilesEditor::setTariffChoices(const QList<Choice> &choices)
{
    m_tariffChoices = choices;
    for (DayProfileEditor *editor : m_editors)
        editor->setTariffChoices(choices);
}

QList<Choice> DayProfilesEditor::choices() const
{
    QList<Choice> out;
    for (const DayProfileEditor *editor : m_editors)
        out.append({QVariant(int(editor->dayId())), profileName(editor->dayId())});
    return out;
}

} // namespace ims::ui

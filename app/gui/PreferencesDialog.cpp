#include "PreferencesDialog.h"

#include "Languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace nw {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    for (const Language& language : Languages::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Languages::chosen())));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies when Netwright starts again."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

bool PreferencesDialog::apply()
{
    const QString before = Languages::chosen();
    const QString code = m_language->currentData().toString();
    Languages::setChosen(code);
    return code != before;
}

} // namespace nw

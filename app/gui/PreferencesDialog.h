#pragma once
// Edit ▸ Preferences…: the interface language. The choice is stored in QSettings
// (Languages) and applies at the next start, which the dialog offers to do now.
#include <QDialog>

class QComboBox;

namespace nw {

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Stores the choice; true when it differs from the language in use.
    bool apply();

    QComboBox* languageBox() const { return m_language; }

private:
    QComboBox* m_language;
};

} // namespace nw

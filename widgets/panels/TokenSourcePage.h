#pragma once
// The dataset editor's page for one of the token-sequence kinds: the built-in
// sequence tasks (sequence:), labelled text (text:) and the word lists (words:).
// Turns its editors into a DataSpec and shows a spec it is given, like the other
// pages of DatasetSourceForm, which owns three of these.
#include "data/DataKind.h"
#include "data/DataSpec.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace nw {

class PathEdit;

class TokenSourcePage : public QWidget {
    Q_OBJECT

public:
    // `kind`: DataKindId::Sequence, Text or Words.
    explicit TokenSourcePage(DataKindId kind, QWidget* parent = nullptr);

    // Relative paths are written relative to this folder (the project's).
    void setSpecPath(std::function<QString(const QString&)> relative) { m_relative = std::move(relative); }
    // The spec the editors describe, or nullopt while the file is missing (text).
    std::optional<DataSpec> spec() const;
    // Shows `spec` (of this page's kind) without emitting edited().
    void showSpec(const DataSpec& spec);

Q_SIGNALS:
    void edited();

private:
    QSpinBox* addSpin(const char* key, int min, int max, const QString& name);
    void changed();

    DataKindId m_kind;
    bool m_showing = false;
    std::function<QString(const QString&)> m_relative;
    QComboBox* m_choice = nullptr;    // sequence: the task; text: the tokenizer
    PathEdit* m_path = nullptr;       // text: the file; words: the folder
    QLineEdit* m_column = nullptr;    // text
    QLineEdit* m_target = nullptr;    // text
    QLineEdit* m_languages = nullptr; // words
    QCheckBox* m_lowercase = nullptr; // text, words
    std::vector<std::pair<std::string, QSpinBox*>> m_spins; // option key, editor
};

} // namespace nw

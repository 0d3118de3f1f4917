#include "TokenSourcePage.h"

#include "PathEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <limits>

namespace nw {

namespace {

QString optionOf(const DataSpec& spec, const std::string& key)
{
    const DataKind* kind = DataKind::find(spec.kind);
    return kind ? QString::fromStdString(kind->optionValue(spec, key)) : QString();
}

} // namespace

TokenSourcePage::TokenSourcePage(DataKindId kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto addLine = [&](const QString& label, const QString& tip) {
        auto* edit = new QLineEdit(this);
        edit->setToolTip(tip);
        connect(edit, &QLineEdit::editingFinished, this, &TokenSourcePage::changed);
        form->addRow(label, edit);
        return edit;
    };
    auto addLowercase = [&](const QString& tip) {
        m_lowercase = new QCheckBox(tr("Lower-case the text first"), this);
        m_lowercase->setObjectName(QStringLiteral("lowercase"));
        m_lowercase->setToolTip(tip);
        connect(m_lowercase, &QCheckBox::toggled, this, &TokenSourcePage::changed);
        form->addRow(QString(), m_lowercase);
    };
    switch (kind) {
    case DataKindId::Sequence:
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("sequenceTask"));
        m_choice->addItem(tr("Parity of a bit string"), QStringLiteral("parity"));
        m_choice->addItem(tr("Which of two tokens occurs more often"), QStringLiteral("majority"));
        m_choice->addItem(tr("Reverse the sequence (a class per position)"), QStringLiteral("reverse"));
        m_choice->addItem(tr("Sort the sequence (a class per position)"), QStringLiteral("sort"));
        form->addRow(tr("Task:"), m_choice);
        form->addRow(tr("Length:"), addSpin("length", 1, 1024, QStringLiteral("sequenceLength")));
        form->addRow(tr("Samples:"), addSpin("samples", 1, 1000000, QStringLiteral("sequenceSamples")));
        form->addRow(tr("Seed:"), addSpin("seed", 0, std::numeric_limits<int>::max(), QStringLiteral("sequenceSeed")));
        break;
    case DataKindId::Text:
        m_path = new PathEdit(PathEdit::Mode::OpenFile, tr("Choose labelled texts"),
            tr("Texts (*.csv *.txt *.tsv);;All files (*)"));
        m_path->setObjectName(QStringLiteral("textPath"));
        m_path->setToolTip(tr("A CSV table with a text column and a label column, or lines LABEL<tab>TEXT."));
        form->addRow(tr("File:"), m_path);
        m_column = addLine(tr("Text column:"), tr("Empty: the first column that is not the label."));
        m_target = addLine(tr("Label column:"), tr("Empty: the last column."));
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("tokenizer"));
        m_choice->addItem(tr("Characters"), QStringLiteral("char"));
        m_choice->addItem(tr("Words"), QStringLiteral("word"));
        form->addRow(tr("Tokens:"), m_choice);
        form->addRow(tr("Length:"), addSpin("max_len", 1, 4096, QStringLiteral("textLength")));
        form->addRow(tr("Vocabulary:"), addSpin("vocab", 0, 1000000, QStringLiteral("textVocabulary")));
        addLowercase(tr("So that \"The\" and \"the\" are one token."));
        break;
    case DataKindId::Words:
        m_path = new PathEdit(PathEdit::Mode::Directory, tr("Choose the folder of word lists"), QString());
        m_path->setObjectName(QStringLiteral("wordsFolder"));
        m_path->setToolTip(tr("Debian installs its word lists in /usr/share/dict."));
        form->addRow(tr("Folder:"), m_path);
        m_languages = addLine(tr("Languages:"), tr("Two or more, separated by commas: danish, dutch, english, french, "
                                                   "german, italian, portuguese, spanish, swedish."));
        m_languages->setObjectName(QStringLiteral("wordsLanguages"));
        form->addRow(tr("Words per language:"), addSpin("words", 1, 100000, QStringLiteral("wordsPerLanguage")));
        form->addRow(tr("Longest word:"), addSpin("max_len", 1, 4096, QStringLiteral("wordsLength")));
        form->addRow(tr("Seed:"), addSpin("seed", 0, std::numeric_limits<int>::max(), QStringLiteral("wordsSeed")));
        addLowercase(tr("German nouns start with a capital: lower-case them, or the model learns only that."));
        break;
    default:
        break;
    }
    if (m_choice)
        connect(m_choice, &QComboBox::currentIndexChanged, this, &TokenSourcePage::changed);
    if (m_path)
        connect(m_path, &PathEdit::pathChanged, this, &TokenSourcePage::changed);
    // The kind's defaults, so a fresh page describes the default spec.
    DataSpec defaults;
    defaults.kind = DataKind::get(kind).name;
    if (kind == DataKindId::Words)
        defaults.path = "/usr/share/dict";
    showSpec(defaults);
}

QSpinBox* TokenSourcePage::addSpin(const char* key, int min, int max, const QString& name)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setKeyboardTracking(false);
    if (std::string(key) == "vocab")
        spin->setSpecialValueText(tr("every token"));
    connect(spin, &QSpinBox::valueChanged, this, &TokenSourcePage::changed);
    m_spins.emplace_back(key, spin);
    return spin;
}

void TokenSourcePage::changed()
{
    if (!m_showing)
        Q_EMIT edited();
}

std::optional<DataSpec> TokenSourcePage::spec() const
{
    DataSpec s;
    s.kind = DataKind::get(m_kind).name;
    if (m_kind == DataKindId::Sequence) {
        s.path = m_choice->currentData().toString().toStdString();
    } else {
        if (m_path->path().isEmpty())
            return std::nullopt;
        s.path = (m_relative ? m_relative(m_path->path()) : m_path->path()).toStdString();
    }
    for (const auto& [key, spin] : m_spins) {
        // A vocabulary limit of 1 or 2 has no room for a token: the spin box skips to 3.
        const int value = key == "vocab" && spin->value() > 0 ? std::max(3, spin->value()) : spin->value();
        s.options[key] = std::to_string(value);
    }
    if (m_kind == DataKindId::Text) {
        s.options["tokenizer"] = m_choice->currentData().toString().toStdString();
        if (!m_column->text().trimmed().isEmpty())
            s.options["column"] = m_column->text().trimmed().toStdString();
        if (!m_target->text().trimmed().isEmpty())
            s.options["target"] = m_target->text().trimmed().toStdString();
    }
    if (m_kind == DataKindId::Words)
        s.options["languages"] = m_languages->text().remove(QLatin1Char(' ')).toLower().toStdString();
    if (m_lowercase)
        s.options["lowercase"] = m_lowercase->isChecked() ? "1" : "0";
    return s;
}

void TokenSourcePage::showSpec(const DataSpec& spec)
{
    m_showing = true;
    for (const auto& [key, spin] : m_spins)
        spin->setValue(optionOf(spec, key).toInt());
    if (m_kind == DataKindId::Sequence) {
        const int index = m_choice->findData(QString::fromStdString(spec.path));
        if (index >= 0)
            m_choice->setCurrentIndex(index);
    } else {
        m_path->showPath(QString::fromStdString(spec.path));
    }
    if (m_kind == DataKindId::Text) {
        const int index = m_choice->findData(optionOf(spec, "tokenizer"));
        if (index >= 0)
            m_choice->setCurrentIndex(index);
        m_column->setText(optionOf(spec, "column"));
        m_target->setText(optionOf(spec, "target"));
    }
    if (m_languages)
        m_languages->setText(optionOf(spec, "languages").replace(QLatin1Char(','), QStringLiteral(", ")));
    if (m_lowercase) {
        const QString flag = optionOf(spec, "lowercase");
        m_lowercase->setChecked(flag == QLatin1String("1") || flag == QLatin1String("true"));
    }
    m_showing = false;
}

} // namespace nw

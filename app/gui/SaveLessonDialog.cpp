#include "SaveLessonDialog.h"

#include "io/LessonComposer.h"
#include "io/LessonMarkdown.h"
#include "LessonGoalText.h"
#include "model/NetworkDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nw {

namespace {

enum GoalColumn { StepColumn, KindColumn, ThresholdColumn };

} // namespace

SaveLessonDialog::SaveLessonDialog(NetworkDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_imageFolder(QDir::currentPath())
    , m_title(new QLineEdit(this))
    , m_markdown(new QPlainTextEdit(this))
    , m_hidePalette(new QCheckBox(tr("Hide the layer palette"), this))
    , m_lockGraph(new QCheckBox(tr("Lock the network (no layer added, removed or reconnected)"), this))
    , m_layerSettings(new QLineEdit(this))
    , m_limitTraining(new QCheckBox(tr("Only these training settings may change:"), this))
    , m_trainingSettings(new QListWidget(this))
    , m_goals(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Save as Lesson"));
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setText(document->name());
    m_markdown->setObjectName(QStringLiteral("lessonMarkdown"));
    m_markdown->setPlaceholderText(tr("## First step\nWhat to read and do…\n\n## Second step\n…"));
    m_layerSettings->setObjectName(QStringLiteral("layerSettings"));
    m_layerSettings->setPlaceholderText(tr("layer settings that stay editable, e.g. units, rate"));
    for (const QString& name : LessonLocks::trainingSettingNames()) {
        auto* item = new QListWidgetItem(name, m_trainingSettings);
        item->setCheckState(Qt::Unchecked);
    }
    m_trainingSettings->setEnabled(false);
    connect(m_limitTraining, &QCheckBox::toggled, m_trainingSettings, &QWidget::setEnabled);
    m_layerSettings->setEnabled(false);
    connect(m_lockGraph, &QCheckBox::toggled, m_layerSettings, &QWidget::setEnabled);
    m_goals->setObjectName(QStringLiteral("lessonGoals"));
    m_goals->setHorizontalHeaderLabels({ tr("Step"), tr("Goal"), tr("Threshold") });
    m_goals->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_goals->verticalHeader()->hide();

    auto* loadMarkdown = new QPushButton(tr("Read a Markdown File…"), this);
    connect(loadMarkdown, &QPushButton::clicked, this, &SaveLessonDialog::chooseMarkdownFile);
    auto* addGoal = new QPushButton(tr("Add Goal"), this);
    connect(
        addGoal, &QPushButton::clicked, this, [this] { addGoalRow(0, QStringLiteral("test_accuracy_at_least"), 0.9); });
    auto* removeGoal = new QPushButton(tr("Remove Goal"), this);
    connect(removeGoal, &QPushButton::clicked, this, [this] { m_goals->removeRow(m_goals->currentRow()); });

    auto* text = new QGroupBox(tr("Steps (each \"## Title\" starts one)"), this);
    auto* textLayout = new QVBoxLayout(text);
    textLayout->addWidget(m_markdown);
    textLayout->addWidget(loadMarkdown, 0, Qt::AlignLeft);
    auto* locks = new QGroupBox(tr("Locks"), this);
    auto* lockLayout = new QVBoxLayout(locks);
    lockLayout->addWidget(m_hidePalette);
    lockLayout->addWidget(m_lockGraph);
    lockLayout->addWidget(m_layerSettings);
    lockLayout->addWidget(m_limitTraining);
    lockLayout->addWidget(m_trainingSettings);
    auto* goals = new QGroupBox(tr("Goals the program checks"), this);
    auto* goalLayout = new QVBoxLayout(goals);
    goalLayout->addWidget(m_goals);
    auto* goalButtons = new QHBoxLayout;
    goalButtons->addWidget(addGoal);
    goalButtons->addWidget(removeGoal);
    goalButtons->addStretch();
    goalLayout->addLayout(goalButtons);

    auto* columns = new QHBoxLayout;
    columns->addWidget(text, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(locks);
    right->addWidget(goals);
    columns->addLayout(right, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(980, 640);
}

bool SaveLessonDialog::loadMarkdown(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_markdown->setPlainText(QString::fromUtf8(file.readAll()));
    m_imageFolder = QFileInfo(path).absolutePath();
    return true;
}

void SaveLessonDialog::chooseMarkdownFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Read a Markdown File"), m_imageFolder, tr("Markdown (*.md)"));
    QString error;
    if (!path.isEmpty() && !loadMarkdown(path, &error))
        QMessageBox::warning(this, tr("Cannot read the file"), error);
}

void SaveLessonDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

void SaveLessonDialog::setMarkdown(const QString& markdown)
{
    m_markdown->setPlainText(markdown);
}

void SaveLessonDialog::setHidePalette(bool hide)
{
    m_hidePalette->setChecked(hide);
}

void SaveLessonDialog::setGraphLock(bool lock, const QStringList& layerSettings)
{
    m_lockGraph->setChecked(lock);
    m_layerSettings->setText(layerSettings.join(QStringLiteral(", ")));
}

void SaveLessonDialog::setTrainingSettings(const std::optional<QStringList>& names)
{
    m_limitTraining->setChecked(names.has_value());
    for (int i = 0; i < m_trainingSettings->count(); ++i) {
        QListWidgetItem* item = m_trainingSettings->item(i);
        item->setCheckState(names && names->contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

void SaveLessonDialog::addGoal(int step, const QString& kind, double threshold)
{
    addGoalRow(step, kind, threshold);
}

void SaveLessonDialog::addGoalRow(int step, const QString& kind, double threshold)
{
    const int row = m_goals->rowCount();
    m_goals->insertRow(row);
    auto* stepBox = new QSpinBox(m_goals);
    stepBox->setRange(1, 99);
    stepBox->setValue(step + 1);
    auto* kindBox = new QComboBox(m_goals);
    for (const QString& k : GoalCondition::kinds())
        kindBox->addItem(LessonGoalText::kind(*GoalCondition::fromKind(k, 0.0)), k);
    kindBox->setCurrentIndex(std::max(0, kindBox->findData(kind)));
    auto* thresholdBox = new QDoubleSpinBox(m_goals);
    thresholdBox->setRange(0.0, 1e9);
    thresholdBox->setDecimals(4);
    thresholdBox->setValue(threshold);
    thresholdBox->setToolTip(tr("Accuracies as fractions: 0.95 is 95%"));
    m_goals->setCellWidget(row, StepColumn, stepBox);
    m_goals->setCellWidget(row, KindColumn, kindBox);
    m_goals->setCellWidget(row, ThresholdColumn, thresholdBox);
}

LessonSettings SaveLessonDialog::settings() const
{
    LessonSettings settings;
    settings.title = m_title->text().trimmed();
    settings.locks.hidePalette = m_hidePalette->isChecked();
    settings.locks.lockGraph = m_lockGraph->isChecked();
    if (settings.locks.lockGraph) {
        for (const QString& name : m_layerSettings->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                settings.locks.layerSettings << name.trimmed();
        }
    }
    if (m_limitTraining->isChecked()) {
        QStringList names;
        for (int i = 0; i < m_trainingSettings->count(); ++i) {
            if (m_trainingSettings->item(i)->checkState() == Qt::Checked)
                names << m_trainingSettings->item(i)->text();
        }
        settings.locks.trainingSettings = names;
    }
    for (int row = 0; row < m_goals->rowCount(); ++row) {
        const int step = static_cast<QSpinBox*>(m_goals->cellWidget(row, StepColumn))->value() - 1;
        const QString kind = static_cast<QComboBox*>(m_goals->cellWidget(row, KindColumn))->currentData().toString();
        const double threshold = static_cast<QDoubleSpinBox*>(m_goals->cellWidget(row, ThresholdColumn))->value();
        if (static_cast<int>(settings.steps.size()) <= step)
            settings.steps.resize(static_cast<std::size_t>(step) + 1);
        if (std::optional<GoalCondition> condition = GoalCondition::fromKind(kind, threshold))
            settings.steps[static_cast<std::size_t>(step)].goals.push_back({ QString(), { *condition } });
    }
    return settings;
}

bool SaveLessonDialog::writeTo(const QString& path, QString* error)
{
    QString markdown = m_markdown->toPlainText();
    if (LessonMarkdown::steps(markdown).empty()) {
        if (error)
            *error = tr("Write the lesson's text first: each step starts with a line \"## Title\".");
        return false;
    }
    const std::optional<LessonBundle> bundle = LessonComposer::compose(
        settings(), m_document->project(), m_document->weights(), markdown, m_imageFolder, error);
    if (!bundle) {
        if (error)
            *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + *error;
        return false;
    }
    return LessonBundleFile::write(path, *bundle, error);
}

} // namespace nw

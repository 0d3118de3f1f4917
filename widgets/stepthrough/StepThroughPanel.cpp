#include "StepThroughPanel.h"

#include "StepFormulas.h"
#include "StepValuesView.h"

#include "engine/StepThroughTrace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nw {

StepThroughPanel::StepThroughPanel(QWidget* parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_unit(new QSpinBox(this))
    , m_previous(new QPushButton(tr("◀ Previous"), this))
    , m_next(new QPushButton(tr("Next ▶"), this))
    , m_playButton(new QPushButton(tr("Play"), this))
    , m_position(new QLabel(this))
    , m_title(new QLabel(this))
    , m_values(new StepValuesView(this))
    , m_formula(new QTextBrowser(this))
    , m_apply(new QPushButton(tr("Apply Step"), this))
    , m_undoApply(new QPushButton(tr("Undo Apply"), this))
    , m_applyNote(new QLabel(this))
    , m_content(new QWidget(this))
{
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft); // under the options, not centred in the empty dock
    m_caption->setWordWrap(true);
    m_mode->addItem(tr("Evaluation mode"));
    m_mode->addItem(tr("Training mode (dropout and batch statistics on)"));
    m_mode->setObjectName(QStringLiteral("stepMode"));
    m_unit->setObjectName(QStringLiteral("stepUnit"));
    m_unit->setRange(0, 1 << 24);
    m_unit->setSpecialValueText(tr("largest"));
    m_unit->setToolTip(tr("The output whose formula is written out when a layer has too many to show them all."));
    m_previous->setObjectName(QStringLiteral("stepPrevious"));
    m_next->setObjectName(QStringLiteral("stepNext"));
    m_playButton->setObjectName(QStringLiteral("stepPlay"));
    m_playButton->setCheckable(true);
    m_apply->setObjectName(QStringLiteral("stepApply"));
    m_undoApply->setObjectName(QStringLiteral("stepUndoApply"));
    m_applyNote->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt"));
    m_formula->setObjectName(QStringLiteral("stepFormula"));
    m_formula->setOpenLinks(false);

    auto* options = new QHBoxLayout;
    options->addWidget(m_mode, 1);
    options->addWidget(new QLabel(tr("Highlighted output:"), this));
    options->addWidget(m_unit);
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_next);
    navigation->addWidget(m_playButton);
    navigation->addStretch(1);
    navigation->addWidget(m_position);
    auto* apply = new QHBoxLayout;
    apply->addWidget(m_apply);
    apply->addWidget(m_undoApply);
    apply->addStretch(1);

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_caption);
    content->addLayout(navigation);
    content->addWidget(m_title);
    content->addWidget(m_values);
    content->addWidget(m_formula, 1);
    content->addLayout(apply);
    content->addWidget(m_applyNote);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_message);
    layout->addWidget(m_content, 1);

    m_play.setInterval(kPlayIntervalMs);
    connect(&m_play, &QTimer::timeout, this, [this] {
        if (m_index + 1 >= m_stages.size())
            setPlaying(false);
        else
            next();
    });
    connect(m_previous, &QPushButton::clicked, this, &StepThroughPanel::previous);
    connect(m_next, &QPushButton::clicked, this, &StepThroughPanel::next);
    connect(m_playButton, &QPushButton::toggled, this, &StepThroughPanel::setPlaying);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT modeChanged(trainingMode()); });
    connect(m_unit, &QSpinBox::valueChanged, this, [this] { showStage(); });
    connect(m_apply, &QPushButton::clicked, this, &StepThroughPanel::applyRequested);
    connect(m_undoApply, &QPushButton::clicked, this, &StepThroughPanel::undoApplyRequested);
    setApplyState(false, false, {});
    setMessage(QString());
}

void StepThroughPanel::setTrace(
    std::shared_ptr<const StepThroughTrace> trace, const QString& caption, const QStringList& classNames)
{
    const StepStage* shown = stage();
    const StepStage keep = shown ? *shown : StepStage();
    const bool hadTrace = shown != nullptr;
    m_trace = std::move(trace);
    m_classNames = classNames;
    m_stages = m_trace ? stepStages(*m_trace) : QVector<StepStage>();
    const int again = hadTrace ? static_cast<int>(m_stages.indexOf(keep)) : -1;
    m_index = again >= 0 ? again : 0;
    m_caption->setText(caption);
    m_message->setVisible(!m_trace);
    m_content->setVisible(m_trace != nullptr);
    showStage();
}

void StepThroughPanel::setMessage(const QString& message)
{
    setPlaying(false);
    m_trace.reset();
    m_stages.clear();
    m_index = 0;
    m_message->setText(message.isEmpty()
            ? tr("Click a sample (the decision boundary, the confusion matrix's gallery, the dataset preview or the "
                 "Sample dock) to walk one training step through the network.")
            : message);
    m_message->setVisible(true);
    m_content->setVisible(false);
    showStage();
}

void StepThroughPanel::setApplyState(bool canApply, bool canUndo, const QString& note)
{
    m_apply->setEnabled(canApply);
    m_undoApply->setEnabled(canUndo);
    m_applyNote->setText(note);
}

const StepStage* StepThroughPanel::stage() const
{
    if (!m_trace || m_index < 0 || m_index >= m_stages.size())
        return nullptr;
    return &m_stages[m_index];
}

int StepThroughPanel::unit() const
{
    return m_unit->value() - 1;
}

bool StepThroughPanel::trainingMode() const
{
    return m_mode->currentIndex() == 1;
}

void StepThroughPanel::setStageIndex(int index)
{
    if (m_stages.isEmpty())
        return;
    m_index = std::clamp(index, 0, static_cast<int>(m_stages.size()) - 1);
    showStage();
}

void StepThroughPanel::next()
{
    setStageIndex(m_index + 1);
}

void StepThroughPanel::previous()
{
    setStageIndex(m_index - 1);
}

void StepThroughPanel::setPlaying(bool playing)
{
    if (playing && m_trace) {
        if (m_index + 1 >= m_stages.size())
            setStageIndex(0); // Play at the end starts over
        m_play.start();
    } else {
        m_play.stop();
    }
    const QSignalBlocker block(m_playButton);
    m_playButton->setChecked(m_play.isActive());
    m_playButton->setText(m_play.isActive() ? tr("Pause") : tr("Play"));
}

void StepThroughPanel::showStage()
{
    const StepStage* current = stage();
    m_previous->setEnabled(current && m_index > 0);
    m_next->setEnabled(current && m_index + 1 < m_stages.size());
    m_playButton->setEnabled(current != nullptr);
    if (!current) {
        m_title->clear();
        m_position->clear();
        m_values->setValues({}, -1);
        m_formula->clear();
        Q_EMIT stageChanged();
        return;
    }
    const int highlight = StepFormulas::valueIndex(*m_trace, *current, unit());
    m_position->setText(tr("%1 of %2").arg(m_index + 1).arg(m_stages.size()));
    m_title->setText(StepFormulas::title(*m_trace, *current));
    m_values->setValues(StepFormulas::values(*m_trace, *current), highlight);
    m_formula->setHtml(StepFormulas::html(*m_trace, *current, unit(), m_classNames));
    Q_EMIT stageChanged();
}

QString StepThroughPanel::formulaText() const
{
    return m_formula->toPlainText();
}

QString StepThroughPanel::titleText() const
{
    return m_title->text();
}

QString StepThroughPanel::messageText() const
{
    return m_trace ? QString() : m_message->text();
}

} // namespace nw

#include "RunTimeline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

#include <algorithm>

namespace nw {

RunTimeline::RunTimeline(QWidget* parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
    , m_branch(new QPushButton(tr("Branch from Here"), this))
{
    setObjectName(QStringLiteral("runTimeline"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 2);
    m_label->setMinimumWidth(220);
    m_slider->setObjectName(QStringLiteral("runTimelineSlider"));
    m_slider->setToolTip(tr("Rewind the model to an epoch of this run: the boundary, the evaluation and the "
                            "explanations show it as it was then"));
    m_slider->setPageStep(1);
    // A drag rewinds once, where it is let go: each rewind copies the weights and has
    // every panel and the boundary recomputed.
    m_slider->setTracking(false);
    m_branch->setObjectName(QStringLiteral("runTimelineBranch"));
    m_branch->setToolTip(tr("Start a new run from the weights of the epoch shown, with the settings as they are "
                            "now; it is kept as a branch of this run"));
    layout->addWidget(m_label);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_branch);
    connect(m_slider, &QSlider::sliderMoved, this, [this] { showLabel(); }); // while dragging: the label follows
    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        showLabel();
        if (!m_filling && index >= 0 && static_cast<std::size_t>(index) < m_epochs.size())
            Q_EMIT epochChosen(m_epochs[static_cast<std::size_t>(index)]);
    });
    connect(m_branch, &QPushButton::clicked, this, &RunTimeline::branchRequested);
    setRun(QString(), {}, -1);
}

void RunTimeline::setRun(const QString& runName, const std::vector<int>& epochs, int shown, const QString& note)
{
    m_filling = true;
    m_runName = runName;
    m_epochs = epochs;
    const auto at = std::lower_bound(m_epochs.begin(), m_epochs.end(), shown);
    const int index = at == m_epochs.end() ? static_cast<int>(m_epochs.size()) - 1
                                           : static_cast<int>(at - m_epochs.begin());
    m_slider->setRange(0, std::max(0, static_cast<int>(m_epochs.size()) - 1));
    m_slider->setValue(std::max(0, index));
    m_slider->setVisible(!m_epochs.empty());
    m_branch->setVisible(!m_epochs.empty());
    m_filling = false;
    if (m_epochs.empty())
        m_label->setText(note);
    else
        showLabel();
    setTraining(m_training);
}

void RunTimeline::setTraining(bool training)
{
    m_training = training;
    m_slider->setEnabled(!training && m_epochs.size() > 1);
    m_branch->setEnabled(!training && !m_epochs.empty());
}

int RunTimeline::shownEpoch() const
{
    const int index = m_slider->value();
    return m_epochs.empty() ? -1 : m_epochs[static_cast<std::size_t>(std::clamp(index, 0, static_cast<int>(m_epochs.size()) - 1))];
}

QString RunTimeline::text() const
{
    return m_label->text();
}

void RunTimeline::showLabel()
{
    if (m_epochs.empty())
        return;
    // The handle's place, which leads the value while it is dragged.
    const int index = std::clamp(m_slider->sliderPosition(), 0, static_cast<int>(m_epochs.size()) - 1);
    const int epoch = m_epochs[static_cast<std::size_t>(index)];
    m_label->setText(epoch == m_epochs.back() ? tr("%1: epoch %2 (its end)").arg(m_runName).arg(epoch + 1)
                                              : tr("%1: rewound to epoch %2 of %3")
                                                    .arg(m_runName)
                                                    .arg(epoch + 1)
                                                    .arg(m_epochs.back() + 1));
}

} // namespace nw

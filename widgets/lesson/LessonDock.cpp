#include "LessonDock.h"

#include "LessonTextBrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nw {

LessonDock::LessonDock(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_position(new QLabel(this))
    , m_text(new LessonTextBrowser(this))
    , m_goalsLabel(new QLabel(tr("Goals"), this))
    , m_goals(new QListWidget(this))
    , m_locks(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
{
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_position->setObjectName(QStringLiteral("lessonPosition"));
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_goals->setObjectName(QStringLiteral("lessonGoals"));
    m_goals->setSelectionMode(QAbstractItemView::NoSelection);
    m_goals->setFocusPolicy(Qt::NoFocus);
    m_locks->setObjectName(QStringLiteral("lessonLocks"));
    m_locks->setWordWrap(true);
    m_locks->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_previous->setObjectName(QStringLiteral("lessonPrevious"));
    m_next->setObjectName(QStringLiteral("lessonNext"));
    auto* close = new QPushButton(tr("Close Lesson"), this);
    close->setObjectName(QStringLiteral("lessonClose"));
    close->setToolTip(tr("Leave the lesson: every lock is lifted and the network stays as it is"));

    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_position, 1, Qt::AlignCenter);
    navigation->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(navigation);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_goalsLabel);
    layout->addWidget(m_goals);
    layout->addWidget(m_locks);
    layout->addWidget(close, 0, Qt::AlignRight);

    connect(m_previous, &QPushButton::clicked, this, [this] { Q_EMIT stepRequested(m_step - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { Q_EMIT stepRequested(m_step + 1); });
    connect(close, &QPushButton::clicked, this, &LessonDock::closeRequested);
    setGoals({});
}

void LessonDock::setLesson(const QString& title, const QStringList& steps, std::map<QString, QByteArray> files)
{
    m_title->setText(title);
    m_steps = steps;
    m_text->setResources(std::move(files));
    m_step = -1;
    showStep(0);
}

void LessonDock::showStep(int index)
{
    if (m_steps.isEmpty())
        return;
    m_step = std::clamp(index, 0, static_cast<int>(m_steps.size()) - 1);
    // A new document each time: images from the previous step are not kept in its cache.
    m_text->clear();
    m_text->document()->clear();
    m_text->setMarkdown(m_steps.at(m_step));
    m_position->setText(tr("Step %1 of %2").arg(m_step + 1).arg(m_steps.size()));
    m_previous->setEnabled(m_step > 0);
    m_next->setEnabled(m_step + 1 < m_steps.size());
}

void LessonDock::setGoals(const std::vector<Goal>& goals)
{
    m_goals->clear();
    for (const Goal& goal : goals) {
        // A tick the student cannot set: the program checks the goal.
        auto* item = new QListWidgetItem(goal.text, m_goals);
        item->setFlags(Qt::ItemIsEnabled);
        item->setCheckState(goal.reached ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(goal.reached ? tr("Reached") : tr("Not reached yet"));
        if (goal.reached) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    m_goalsLabel->setVisible(!goals.empty());
    m_goals->setVisible(!goals.empty());
    // As tall as its goals, so the text keeps the rest.
    m_goals->setFixedHeight(goals.empty() ? 0 : m_goals->sizeHintForRow(0) * static_cast<int>(goals.size()) + 6);
}

void LessonDock::setLockSummary(const QString& text)
{
    m_locks->setText(text);
    m_locks->setVisible(!text.isEmpty());
}

} // namespace nw

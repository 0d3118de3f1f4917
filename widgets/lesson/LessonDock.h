#pragma once
// The Lesson dock: the lesson's title, one step at a time as formatted text with its
// images (LessonTextBrowser), Previous/Next, the step's goals ticked when reached and
// Close Lesson. A view: LessonController (app/gui) owns the lesson, decides the step,
// checks the goals and applies the locks; the dock asks for a step and shows.
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <map>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace nw {

class LessonTextBrowser;

class LessonDock : public QWidget {
    Q_OBJECT

public:
    struct Goal {
        QString text;
        bool reached = false;
    };

    explicit LessonDock(QWidget* parent = nullptr);

    // A new lesson: its title, its steps' Markdown and the bundle's entries the images come from.
    void setLesson(const QString& title, const QStringList& steps, std::map<QString, QByteArray> files);
    void showStep(int index);
    void setGoals(const std::vector<Goal>& goals);
    // What the locks keep fixed, in words; empty: nothing is locked.
    void setLockSummary(const QString& text);

    int step() const { return m_step; }
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    LessonTextBrowser* text() const { return m_text; }
    QListWidget* goalList() const { return m_goals; }

Q_SIGNALS:
    void stepRequested(int index);
    void closeRequested();

private:
    QLabel* m_title;
    QLabel* m_position;
    LessonTextBrowser* m_text;
    QLabel* m_goalsLabel;
    QListWidget* m_goals;
    QLabel* m_locks;
    QPushButton* m_previous;
    QPushButton* m_next;
    QStringList m_steps;
    int m_step = -1;
};

} // namespace nw

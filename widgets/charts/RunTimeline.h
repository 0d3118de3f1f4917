#pragma once
// The timeline under the charts: a slider over the epochs a run kept, to rewind the
// model to epoch k (the decision boundary, the evaluation and explanation panels
// then show it as it was), and "Branch from here", which starts a new run from
// those weights with whatever settings were changed since. A view: RunsController
// says what it scrubs and does the rewinding.
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSlider;

namespace nw {

class RunTimeline : public QWidget {
    Q_OBJECT
public:
    explicit RunTimeline(QWidget* parent = nullptr);

    // `epochs`: the kept 0-based epochs of the run called `runName`; `shown`: the one
    // the model is at now. An empty list hides the slider and says why (`note`).
    void setRun(const QString& runName, const std::vector<int>& epochs, int shown, const QString& note = {});
    // While training: nothing to scrub or branch from until the run ends.
    void setTraining(bool training);
    int shownEpoch() const; // 0-based, -1 without a run
    QSlider* slider() const { return m_slider; }
    QPushButton* branchButton() const { return m_branch; }
    QString text() const;

Q_SIGNALS:
    void epochChosen(int epoch); // 0-based
    void branchRequested();

private:
    void showLabel();

    QSlider* m_slider;
    QLabel* m_label;
    QPushButton* m_branch;
    QString m_runName;
    std::vector<int> m_epochs;
    bool m_training = false;
    bool m_filling = false;
};

} // namespace nw

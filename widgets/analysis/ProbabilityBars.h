#pragma once
// The class probabilities of one sample as horizontal bars, one per class with
// its name and value; the true class's name is bold and the predicted class's
// bar is drawn in the accent colour, so a confident mistake is plain at a glance.
// Painted directly, for PNG/SVG export. Owned by SampleInspector.
#include <QStringList>
#include <QWidget>

#include <vector>

namespace nw {

class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);

    void setProbabilities(std::vector<float> probabilities, QStringList classNames, int trueClass, int predictedClass);
    const std::vector<float>& probabilities() const { return m_probabilities; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<float> m_probabilities;
    QStringList m_names;
    int m_true = -1;
    int m_predicted = -1;
};

} // namespace nw

#pragma once
// The Explain dock's choices: which methods to show side by side (one to four,
// ticked in a list), which class's score to explain (the predicted one, the true
// one, or any class), and the parameters of the ticked methods (steps and baseline
// for Integrated Gradients, window and stride for occlusion, samples and noise for
// SmoothGrad, LIME and SHAP, the layer for Grad-CAM); a parameter shows only when
// a ticked method uses it. Says changed() after every edit; owns no computation.
#include "explain/ExplainOptions.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QListWidget;
class QSpinBox;

namespace nw {

class ExplainMethodForm : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxMethods = 4;
    // targetChoice() values besides class indices.
    static constexpr int kPredictedClass = -1;
    static constexpr int kTrueClass = -2;

    explicit ExplainMethodForm(QWidget* parent = nullptr);

    // What the network offers: image input (the image-only methods are offered) with
    // this side, its classes, and the nodes with C x H x W outputs (Grad-CAM layers,
    // the last one preselected). Keeps the ticked methods that still apply.
    void setModel(bool imageInput, int inputSide, const QStringList& classNames, const QStringList& spatialNodes);

    std::vector<ExplainMethod> methods() const;
    // Ticks exactly these (those offered), in the list's order.
    void setMethods(const std::vector<ExplainMethod>& methods);
    bool isOffered(ExplainMethod method) const;
    // kPredictedClass, kTrueClass or a class index.
    int targetChoice() const;
    void setTargetChoice(int choice);
    // The options for one method, target left at -1 (the page resolves the choice).
    ExplainOptions options(ExplainMethod method) const;

    QListWidget* methodList() const { return m_methods; }
    QComboBox* targetBox() const { return m_target; }
    QSpinBox* stepsBox() const { return m_steps; }
    QComboBox* baselineBox() const { return m_baseline; }
    QSpinBox* windowBox() const { return m_window; }
    QSpinBox* strideBox() const { return m_stride; }
    QSpinBox* samplesBox() const { return m_samples; }
    QDoubleSpinBox* noiseBox() const { return m_noise; }
    QComboBox* nodeBox() const { return m_node; }

Q_SIGNALS:
    void changed();
    // A fifth method was ticked and refused.
    void tooManyMethods();

private:
    void updateRows();

    QListWidget* m_methods;
    QComboBox* m_target;
    QFormLayout* m_parameters;
    QSpinBox* m_steps;
    QComboBox* m_baseline;
    QSpinBox* m_window;
    QSpinBox* m_stride;
    QSpinBox* m_samples;
    QDoubleSpinBox* m_noise;
    QSpinBox* m_superpixels;
    QComboBox* m_node;
    bool m_imageInput = true;
    bool m_updating = false;
};

} // namespace nw

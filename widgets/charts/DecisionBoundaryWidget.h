#pragma once
// The decision boundary of a classifier over a 2-D dataset, as TensorFlow
// Playground draws it: the plane coloured by the predicted class, stronger where
// the model is surer, with the training samples as filled dots and the test
// samples as rings, coloured by their true class. Owned by the main window.
//
// The widget only paints: the field comes from the training session, which
// evaluates the model on gridPoints() off the GUI thread (computeDecisionField in
// core/training/DecisionField.h). Points and field share one coordinate system,
// the network's input space; y grows upwards as on paper. x and y keep the same
// scale so a circle stays a circle.
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace nw {

struct DecisionField;

class DecisionBoundaryWidget : public QWidget {
    Q_OBJECT
public:
    explicit DecisionBoundaryWidget(QWidget* parent = nullptr);

    // Labels are class ids; a list shorter than its points leaves the rest grey.
    void setPoints(QVector<QPointF> train, QVector<int> trainLabels, QVector<QPointF> test, QVector<int> testLabels);
    // probabilities: columns * rows values (probability of class 1) when classes == 2,
    // else columns * rows * classes (each cell's class probabilities), cells laid
    // out as gridPoints() lists them. Returns false (and shows no field) when the
    // sizes do not agree.
    bool setField(QRectF domain, int columns, int rows, QVector<float> probabilities, int classes);
    bool setField(const DecisionField& field);
    void clearField();
    void setClassNames(const QStringList& names); // "Class 0", "Class 1"... otherwise

    // Cell centres of a columns x rows grid over domain, row-major, row 0 at the
    // domain's smallest y: the order setField() expects.
    static QVector<QPointF> gridPoints(QRectF domain, int columns, int rows);
    // The field as the widget paints it (one pixel per cell, row 0 at the top, i.e.
    // the largest y); a null image when the sizes do not agree.
    static QImage fieldImage(const DecisionField& field);
    static QImage fieldImage(int columns, int rows, const QVector<float>& probabilities, int classes);

    bool hasField() const { return !m_field.isNull(); }
    const QImage& fieldImage() const { return m_field; } // row 0 is the top (largest y)
    QRectF domain() const; // the part of the plane on show
    QPointF mapToWidget(QPointF point) const;
    // The sample under a widget position, -1 when none; *test says which list.
    int sampleAt(QPointF position, bool* test) const;

    QSize sizeHint() const override { return QSize(420, 440); }
    QSize minimumSizeHint() const override { return QSize(200, 220); }

Q_SIGNALS:
    void sampleClicked(int index, bool test);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QRectF plotRect() const;
    void paintAxes(QPainter& painter, const QRectF& plot) const;
    void paintLegend(QPainter& painter, const QRectF& plot) const;
    int classCount() const;

    QVector<QPointF> m_train, m_test;
    QVector<int> m_trainLabels, m_testLabels;
    QStringList m_classNames;
    QImage m_field;
    QRectF m_fieldDomain;
    int m_fieldClasses = 0;
    // What m_field was painted from, to paint it again when the palette changes.
    int m_fieldColumns = 0;
    int m_fieldRows = 0;
    QVector<float> m_fieldProbabilities;
};

} // namespace nw

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddNodeCommand</name>
    <message>
        <location filename="../core/model/commands/AddNodeCommand.cpp" line="13"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="23"/>
        <source>Mirror left-right:</source>
        <translation>Reflejar izquierda-derecha:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="24"/>
        <source>Probability that an image is mirrored left to right.</source>
        <translation>Probabilidad de que una imagen se refleje de izquierda a derecha.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="25"/>
        <source>Mirror upside down:</source>
        <translation>Reflejar arriba-abajo:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="26"/>
        <source>Probability that an image is turned upside down (a mirror image).</source>
        <translation>Probabilidad de que una imagen se ponga boca abajo (una imagen reflejada).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="27"/>
        <source>Rotate up to:</source>
        <translation>Girar hasta:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="28"/>
        <source>Largest rotation in degrees, either way, about the centre.</source>
        <translation>Mayor giro en grados, en cualquier sentido, alrededor del centro.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="29"/>
        <source>Shift up to:</source>
        <translation>Desplazar hasta:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="30"/>
        <source>Largest shift as a share of the width and of the height.</source>
        <translation>Mayor desplazamiento como fracción del ancho y del alto.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="31"/>
        <source>Zoom up to:</source>
        <translation>Zoom hasta:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="32"/>
        <source>The zoom factor lies between 1 minus and 1 plus this value.</source>
        <translation>El factor de zoom está entre 1 menos y 1 más este valor.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="33"/>
        <source>Crop away up to:</source>
        <translation>Recortar hasta:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="34"/>
        <source>Random-resized crop: a box keeping at least 1 minus this share of the area, stretched to the full size.</source>
        <translation>Recorte aleatorio redimensionado: un recuadro que conserva al menos 1 menos esta fracción del área, estirado al tamaño completo.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="37"/>
        <source>Brightness ±:</source>
        <translation>Brillo ±:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="38"/>
        <source>Largest value added to every pixel, either way (pixels run from 0 to 1).</source>
        <translation>Mayor valor sumado a cada píxel, en cualquier sentido (los píxeles van de 0 a 1).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="40"/>
        <source>Contrast ±:</source>
        <translation>Contraste ±:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="41"/>
        <source>The distance of every pixel from the image&apos;s mean is multiplied by 1 minus to 1 plus this value.</source>
        <translation>La distancia de cada píxel a la media de la imagen se multiplica por un valor entre 1 menos y 1 más este valor.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="43"/>
        <source>Noise (std):</source>
        <translation>Ruido (desv.):</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="44"/>
        <source>Standard deviation of Gaussian noise added to every pixel.</source>
        <translation>Desviación típica del ruido gaussiano sumado a cada píxel.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="45"/>
        <source>Cutout size:</source>
        <translation>Tamaño del recorte:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="46"/>
        <source>One patch of this share of the width and height is set to black.</source>
        <translation>Un parche de esta fracción del ancho y del alto se pone en negro.</translation>
    </message>
</context>
<context>
    <name>AutoLayoutCommand</name>
    <message>
        <location filename="../core/model/commands/AutoLayoutCommand.cpp" line="11"/>
        <source>Arrange network</source>
        <translation>Ordenar la red</translation>
    </message>
</context>
<context>
    <name>Blocks</name>
    <message>
        <location filename="../core/model/Blocks.cpp" line="12"/>
        <source>Conv-BatchNorm-ReLU</source>
        <translation>Conv-BatchNorm-ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="13"/>
        <source>Residual block</source>
        <translation>Bloque residual</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="14"/>
        <source>MLP head</source>
        <translation>Cabeza MLP</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="15"/>
        <source>Transformer encoder block</source>
        <translation>Bloque codificador transformer</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="75"/>
        <source>A 3x3 convolution with 16 filters, batch normalization and ReLU: the standard building block of image networks. The image keeps its size.</source>
        <translation>Una convolución 3×3 con 16 filtros, normalización por lotes y ReLU: el bloque básico de las redes de imágenes. La imagen conserva su tamaño.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="79"/>
        <source>Two convolutions with batch normalization whose result is added to the block&apos;s input, then ReLU. The skip connection lets gradients flow around the block, so deep networks still train.</source>
        <translation>Dos convoluciones con normalización por lotes cuyo resultado se suma a la entrada del bloque, seguidas de ReLU. La conexión residual deja que los gradientes rodeen el bloque, así que las redes profundas siguen entrenando.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="83"/>
        <source>Flatten, a hidden Dense layer of 128 units with ReLU and dropout, and a Dense layer with one output per class (10): the classifier at the end of a network.</source>
        <translation>Flatten, una capa Dense oculta de 128 unidades con ReLU y dropout, y una capa Dense con una salida por clase (10): el clasificador al final de una red.</translation>
    </message>
    <message>
        <location filename="../core/model/Blocks.cpp" line="87"/>
        <source>A pre-norm transformer encoder block for sequences: layer normalization, multi-head self-attention and a residual Add, then layer normalization, a feed-forward Dense(4E)-GELU-Dense(E) and a second residual Add. The sequence keeps its shape, so blocks stack.</source>
        <translation>Un bloque codificador transformer pre-norm para secuencias: normalización de capa, autoatención multicabeza y un Add residual; después normalización de capa, una red feed-forward Dense(4E)-GELU-Dense(E) y un segundo Add residual. La secuencia conserva su forma, así que los bloques se apilan.</translation>
    </message>
</context>
<context>
    <name>CompileResult</name>
    <message>
        <location filename="../core/model/CompileResult.cpp" line="23"/>
        <source>%1 nodes, %2 parameters</source>
        <translation>%1 nodos, %2 parámetros</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <location filename="../core/model/commands/ConnectCommand.cpp" line="9"/>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
</context>
<context>
    <name>DisconnectCommand</name>
    <message>
        <location filename="../core/model/commands/DisconnectCommand.cpp" line="9"/>
        <source>Disconnect %1 from %2</source>
        <translation>Desconectar %1 de %2</translation>
    </message>
</context>
<context>
    <name>GraphCompiler</name>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="65"/>
        <source>a connection from &apos;%1&apos; leads to &apos;%2&apos;, but there is no node with that id</source>
        <translation>una conexión de «%1» lleva a «%2», pero no hay ningún nodo con ese id</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="89"/>
        <source>%1: unknown layer type &apos;%2&apos;</source>
        <translation>%1: tipo de capa desconocido «%2»</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="100"/>
        <source>%1 takes no inputs: remove the connection from &apos;%2&apos;</source>
        <translation>%1 no admite entradas: quite la conexión desde «%2»</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="116"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has a single input port (0)</source>
        <translation>%1: la conexión desde «%2» va al puerto de entrada %3, pero la capa tiene un solo puerto de entrada (0)</translation>
    </message>
    <message>
        <location filename="../core/model/GraphCompiler.cpp" line="121"/>
        <source>%1: the connection from &apos;%2&apos; goes to input port %3, but the layer has ports 0 to %4</source>
        <translation>%1: la conexión desde «%2» va al puerto de entrada %3, pero la capa tiene los puertos 0 a %4</translation>
    </message>
</context>
<context>
    <name>GraphEdits</name>
    <message>
        <location filename="../widgets/graph/GraphEdits.cpp" line="54"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>GraphFragment</name>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="49"/>
        <source>not a network fragment: %1</source>
        <translation>no es un fragmento de red: %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="52"/>
        <source>not a network fragment</source>
        <translation>no es un fragmento de red</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="55"/>
        <source>a network fragment from another version of Netwright</source>
        <translation>un fragmento de red de otra versión de Netwright</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="66"/>
        <source>the edge %1 -&gt; %2 leaves the fragment</source>
        <translation>la arista %1 -&gt; %2 sale del fragmento</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="70"/>
        <source>the output &apos;%1&apos; is not in the fragment</source>
        <translation>la salida «%1» no está en el fragmento</translation>
    </message>
    <message>
        <location filename="../core/model/GraphFragment.cpp" line="81"/>
        <source>a block input names no node of the fragment</source>
        <translation>una entrada del bloque no nombra ningún nodo del fragmento</translation>
    </message>
</context>
<context>
    <name>GraphJson</name>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="33"/>
        <location filename="../core/model/GraphJson.cpp" line="73"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="35"/>
        <location filename="../core/model/GraphJson.cpp" line="74"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="39"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="67"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="70"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="71"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="72"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="76"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="134"/>
        <location filename="../core/model/GraphJson.cpp" line="216"/>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="144"/>
        <source>&quot;%1&quot; is not a valid id: use letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>«%1» no es un id válido: use letras, dígitos, «_» y «-»</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="148"/>
        <source>&apos;%1&apos; is already the id of graph.nodes[%2]</source>
        <translation>«%1» ya es el id de graph.nodes[%2]</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="187"/>
        <source>expected [x, y], got %1</source>
        <translation>se esperaba [x, y], se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="200"/>
        <source>a penalty cannot be negative, got %1</source>
        <translation>una penalización no puede ser negativa, se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="230"/>
        <source>expected a port number of 0 or more, got %1</source>
        <translation>se esperaba un número de puerto de 0 o más, se obtuvo %1</translation>
    </message>
    <message>
        <location filename="../core/model/GraphJson.cpp" line="237"/>
        <source>input %1 of &apos;%2&apos; is already connected by graph.edges[%3]</source>
        <translation>la entrada %1 de «%2» ya está conectada por graph.edges[%3]</translation>
    </message>
</context>
<context>
    <name>GraphMessages</name>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="8"/>
        <source>the network has no output node</source>
        <translation>la red no tiene nodo de salida</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="17"/>
        <source>the network has no input: add an Input node</source>
        <translation>la red no tiene entrada: añada un nodo de entrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="20"/>
        <source>%1 needs %n input(s) but has none: connect something to it</source>
        <translation>
            <numerusform>%1 necesita %n entrada pero no tiene ninguna: conecte algo a él</numerusform>
            <numerusform>%1 necesita al menos %n entradas pero no tiene ninguna: conecte algo a él</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="22"/>
        <source>%1 needs %n input(s) but has %2: connect another node</source>
        <translation>
            <numerusform>%1 necesita %n entrada pero tiene %2: conecte otro nodo</numerusform>
            <numerusform>%1 necesita al menos %n entradas pero tiene %2: conecte otro nodo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="25"/>
        <source>%1 takes at most %n input(s) but has %2: use an Add or Concat to merge branches</source>
        <translation>
            <numerusform>%1 admite como máximo %n entrada pero tiene %2: use Add o Concat para unir ramas</numerusform>
            <numerusform>%1 admite como máximo %n entradas pero tiene %2: use Add o Concat para unir ramas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="29"/>
        <source>%1 takes input from &apos;%2&apos;, but there is no node with that id</source>
        <translation>%1 toma su entrada de «%2», pero no hay ningún nodo con ese id</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="31"/>
        <source>%1 is part of a cycle (%2): connections must flow one way, from the input to the output</source>
        <translation>%1 forma parte de un ciclo (%2): las conexiones deben ir en un solo sentido, de la entrada a la salida</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/GraphMessages.cpp" line="34"/>
        <source>the network has %n loose end(s) (%1): connect them, or choose which one is the output</source>
        <translation>
            <numerusform>la red tiene %n extremo suelto (%1): conéctelo o elija cuál es la salida</numerusform>
            <numerusform>la red tiene %n extremos sueltos (%1): conéctelos o elija cuál es la salida</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="40"/>
        <source>the network has no layers: add a layer after the input</source>
        <translation>la red no tiene capas: añada una capa después de la entrada</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="42"/>
        <source>the output is set to &apos;%1&apos;, but there is no node with that id</source>
        <translation>la salida es «%1», pero no hay ningún nodo con ese id</translation>
    </message>
    <message>
        <location filename="../core/model/GraphMessages.cpp" line="46"/>
        <source>%1 would bring the network to %2 parameters; a network may have at most %3</source>
        <translation>%1 llevaría la red a %2 parámetros; una red puede tener como máximo %3</translation>
    </message>
</context>
<context>
    <name>InsertBlockCommand</name>
    <message>
        <location filename="../core/model/commands/InsertBlockCommand.cpp" line="17"/>
        <source>Insert %1</source>
        <translation>Insertar %1</translation>
    </message>
</context>
<context>
    <name>LayerRegistry</name>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="181"/>
        <location filename="../core/model/LayerCategory.cpp" line="18"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="21"/>
        <source>Core</source>
        <translation>Básicas</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="24"/>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="27"/>
        <source>Pooling</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="36"/>
        <source>Normalization</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="33"/>
        <source>Regularization</source>
        <translation>Regularización</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="39"/>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="42"/>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <location filename="../core/model/LayerCategory.cpp" line="45"/>
        <source>Merge</source>
        <translation>Combinación</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="333"/>
        <location filename="../core/model/LayerCategory.cpp" line="30"/>
        <source>Reshape</source>
        <translation>Remodelado</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="83"/>
        <source>How the weights start: He suits ReLU-like activations, Xavier suits tanh and sigmoid</source>
        <translation>Cómo empiezan los pesos: He conviene a activaciones tipo ReLU, Xavier a tanh y sigmoide</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="89"/>
        <source>Add a learnable offset to every output</source>
        <translation>Sumar un desplazamiento aprendible a cada salida</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="132"/>
        <source>Size of the hidden state</source>
        <translation>Tamaño del estado oculto</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="134"/>
        <source>Output the hidden state at every step (steps x units) instead of only the last step&apos;s</source>
        <translation>Devolver el estado oculto en cada paso (pasos x unidades) en lugar de solo el del último paso</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="137"/>
        <source>Also read the sequence backwards and put both directions&apos; states side by side</source>
        <translation>Leer también la secuencia hacia atrás y poner los estados de ambas direcciones uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="150"/>
        <source>Width and height of the window</source>
        <translation>Ancho y alto de la ventana</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="152"/>
        <source>Step between windows; 0 means the same as the kernel size</source>
        <translation>Paso entre ventanas; 0 significa igual al tamaño del núcleo</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="154"/>
        <source>Border added around each image, at most half the kernel</source>
        <translation>Borde añadido alrededor de cada imagen, como mucho la mitad del núcleo</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="182"/>
        <source>Where the data enters the network. Its shape is the shape of one sample without the batch: 784 for a flattened 28x28 image, 1x28x28 for a grey image that convolutions will read, 3x32x32 for a colour one. Every network needs at least one input, and the shape must match the dataset.</source>
        <translation>Donde los datos entran en la red. Su forma es la de una muestra sin el lote: 784 para una imagen de 28x28 aplanada, 1x28x28 para una imagen en gris que leerán las convoluciones, 3x32x32 para una en color. Toda red necesita al menos una entrada, y la forma debe coincidir con el conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="188"/>
        <source>Shape of one sample, e.g. 784 or 1, 28, 28 (channels, height, width)</source>
        <translation>Forma de una muestra, p. ej. 784 o 1, 28, 28 (canales, alto, ancho)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="195"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="196"/>
        <source>A fully connected layer: every output is a weighted sum of every input plus a bias, y = Wx + b. Stacked with activations in between, dense layers can learn any smooth function, and the last layer of a classifier is usually a Dense with one unit per class. It needs a flat input, so put a Flatten (or a global pooling) between convolutions and a Dense. On a sequence (steps x features) it acts on every step with the same weights.</source>
        <translation>Una capa totalmente conectada: cada salida es una suma ponderada de todas las entradas más un sesgo, y = Wx + b. Apiladas con activaciones entre ellas, las capas densas pueden aprender cualquier función suave, y la última capa de un clasificador suele ser una Dense con una unidad por clase. Necesita una entrada plana, así que ponga un Flatten (o una agrupación global) entre las convoluciones y una Dense. Sobre una secuencia (pasos x características) actúa en cada paso con los mismos pesos.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="204"/>
        <source>Number of outputs (neurons)</source>
        <translation>Número de salidas (neuronas)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="213"/>
        <source>Convolution 2D</source>
        <translation>Convolución 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="214"/>
        <source>Slides small learned filters over an image (channels x height x width) and produces one feature map per filter. Because the same filter is used at every position, it finds a pattern such as an edge or a texture wherever it appears, with far fewer weights than a Dense layer. The standard first layers of an image model; stack several, with pooling to shrink the maps.</source>
        <translation>Desliza pequeños filtros aprendidos sobre una imagen (canales × alto × ancho) y produce un mapa de características por filtro. Como el mismo filtro se usa en todas las posiciones, encuentra un patrón como un borde o una textura dondequiera que aparezca, con muchos menos pesos que una capa Dense. Las primeras capas habituales de un modelo de imágenes; apile varias, con agrupación para reducir los mapas.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="221"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="245"/>
        <source>Number of filters, i.e. output channels</source>
        <translation>Número de filtros, es decir, canales de salida</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="222"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="246"/>
        <source>Width and height of each filter</source>
        <translation>Ancho y alto de cada filtro</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="223"/>
        <source>Step between filter positions</source>
        <translation>Paso entre posiciones del filtro</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="225"/>
        <source>Zeros added around the image; (kernel_size - 1) / 2 keeps the size</source>
        <translation>Ceros añadidos alrededor de la imagen; (kernel_size - 1) / 2 conserva el tamaño</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="236"/>
        <source>Transposed Convolution 2D</source>
        <translation>Convolución transpuesta 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="237"/>
        <source>The way back up in a decoder: every input pixel stamps a learned filter, scaled by its value, onto a larger output, so a stride of 2 doubles the height and width. The output size is (input - 1) x stride - 2 x padding + kernel_size + output_padding. With kernel_size 3, stride 2, padding 1 and output_padding 1, 7x7 becomes 14x14. Use it in the decoder of an autoencoder or a segmentation model, where a Convolution 2D shrank the maps.</source>
        <translation>El camino de vuelta hacia arriba en un decodificador: cada píxel de entrada estampa un filtro aprendido, escalado por su valor, sobre una salida más grande, de modo que un paso de 2 duplica el alto y el ancho. El tamaño de salida es (entrada - 1) x stride - 2 x padding + kernel_size + output_padding. Con kernel_size 3, stride 2, padding 1 y output_padding 1, 7x7 pasa a 14x14. Úsela en el decodificador de un autocodificador o de un modelo de segmentación, donde una Convolución 2D redujo los mapas.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="248"/>
        <source>Spacing of the stamps in the output: 2 doubles the size</source>
        <translation>Separación de los estampados en la salida: 2 duplica el tamaño</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="250"/>
        <source>Rows and columns cropped from every side of the output</source>
        <translation>Filas y columnas recortadas de cada lado de la salida</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="252"/>
        <source>Extra rows and columns added at the bottom and right of the output; smaller than the stride</source>
        <translation>Filas y columnas extra añadidas abajo y a la derecha de la salida; menor que el paso</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="263"/>
        <source>Upsample 2D</source>
        <translation>Sobremuestreo 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="264"/>
        <source>Enlarges every feature map by a whole-number factor, the opposite of pooling: &quot;nearest&quot; repeats each pixel, &quot;bilinear&quot; blends the four nearest pixels for a smoother result. It has no weights; follow it with a Convolution 2D that learns what to draw into the larger map. Used in the decoder of an autoencoder.</source>
        <translation>Amplía cada mapa de características por un factor entero, lo contrario del pooling: &quot;nearest&quot; repite cada píxel, &quot;bilinear&quot; mezcla los cuatro píxeles más cercanos para un resultado más suave. No tiene pesos; póngale detrás una Convolución 2D que aprenda qué dibujar en el mapa más grande. Se usa en el decodificador de un autocodificador.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="270"/>
        <source>How many times larger the height and width become</source>
        <translation>Cuántas veces mayores se vuelven el alto y el ancho</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="273"/>
        <source>nearest repeats pixels; bilinear interpolates between them (align_corners=False)</source>
        <translation>nearest repite píxeles; bilinear interpola entre ellos (align_corners=False)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="285"/>
        <source>Max Pooling 2D</source>
        <translation>Max Pooling 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="286"/>
        <source>Keeps the largest value in each small window of every feature map, so a 2x2 pool halves the height and width. It makes the network cheaper and a little tolerant to small shifts, and keeps the strongest response of each filter. Use it after a convolution (and its activation).</source>
        <translation>Conserva el valor mayor de cada pequeña ventana de cada mapa de características, de modo que una agrupación de 2x2 reduce a la mitad el alto y el ancho. Abarata la red, la hace algo tolerante a pequeños desplazamientos y conserva la respuesta más fuerte de cada filtro. Úsela después de una convolución (y su activación).</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="299"/>
        <source>Average Pooling 2D</source>
        <translation>Average Pooling 2D</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="300"/>
        <source>Replaces each small window of every feature map by its average, shrinking the maps like max pooling but smoothing instead of picking the strongest value. Use it to downsample when every part of the window should count.</source>
        <translation>Sustituye cada pequeña ventana de cada mapa de características por su media, reduciendo los mapas como max pooling pero suavizando en lugar de elegir el valor más fuerte. Úsela para reducir cuando cada parte de la ventana deba contar.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="312"/>
        <source>Global Average Pooling</source>
        <translation>Agrupación promedio global</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="313"/>
        <source>Averages each whole feature map to a single number, turning channels x height x width into one value per channel. A light bridge from convolutions to the classifier: unlike Flatten it adds no weights downstream for image size, and it is what Grad-CAM explanations are built on.</source>
        <translation>Promedia cada mapa de características entero en un solo número, convirtiendo canales × alto × ancho en un valor por canal. Un puente ligero de las convoluciones al clasificador: a diferencia de Flatten no añade pesos posteriores según el tamaño de la imagen, y sobre él se construyen las explicaciones Grad-CAM.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="323"/>
        <source>Flatten</source>
        <translation>Flatten</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="324"/>
        <source>Lays every value of a sample out in one long row, e.g. 16x7x7 becomes 784. It computes nothing and has no weights; it is the glue you need between convolutional layers and a Dense layer.</source>
        <translation>Coloca todos los valores de una muestra en una sola fila larga, p. ej. 16x7x7 pasa a 784. No calcula nada y no tiene pesos; es el pegamento necesario entre capas convolucionales y una capa Dense.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="334"/>
        <source>Gives each sample a new shape with the same number of values, read in the same order: for example 784 becomes 1x28x28 so that flat data can go into a convolution. One entry may be -1, meaning &quot;whatever is left&quot;.</source>
        <translation>Da a cada muestra una nueva forma con el mismo número de valores, leídos en el mismo orden: por ejemplo, 784 pasa a 1x28x28 para que datos planos puedan entrar en una convolución. Una entrada puede ser -1, que significa «lo que quede».</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="339"/>
        <source>New shape of one sample; one entry may be -1 to infer it</source>
        <translation>Nueva forma de una muestra; una entrada puede ser -1 para deducirla</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="345"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="346"/>
        <source>During training, sets a random fraction of its inputs to zero at every step and scales up the rest, so the network cannot rely on any single neuron. This fights overfitting (training accuracy far above validation accuracy). At evaluation time it does nothing.</source>
        <translation>Durante el entrenamiento pone a cero una fracción aleatoria de sus entradas en cada paso y escala el resto, de modo que la red no puede depender de ninguna neurona concreta. Combate el sobreajuste (exactitud de entrenamiento muy por encima de la de validación). En la evaluación no hace nada.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="352"/>
        <source>Fraction of values dropped during training</source>
        <translation>Fracción de valores descartados durante el entrenamiento</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="358"/>
        <source>Batch Normalization</source>
        <translation>Normalización por lotes</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="359"/>
        <source>Rescales each feature or channel to mean 0 and variance 1 using the statistics of the current batch, then applies a learned scale and shift. It makes deep networks train faster and tolerate higher learning rates. Usually placed after a convolution or Dense layer and before its activation; it needs batches of more than one sample.</source>
        <translation>Reescala cada característica o canal a media 0 y varianza 1 con las estadísticas del lote actual, y luego aplica una escala y un desplazamiento aprendidos. Hace que las redes profundas entrenen más rápido y toleren tasas de aprendizaje más altas. Suele ir después de una convolución o capa Dense y antes de su activación; necesita lotes de más de una muestra.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="366"/>
        <source>How fast the running statistics used for evaluation follow the batches</source>
        <translation>Rapidez con que las estadísticas acumuladas para la evaluación siguen a los lotes</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="370"/>
        <location filename="../core/model/BuiltinLayers.cpp" line="387"/>
        <source>Small number added to the variance to avoid dividing by zero</source>
        <translation>Número pequeño sumado a la varianza para evitar dividir por cero</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="380"/>
        <source>Layer Normalization</source>
        <translation>Normalización de capa</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="381"/>
        <source>Rescales the values along the last axis of each sample to mean 0 and variance 1, then applies a learned scale and shift. Unlike batch normalization it looks at one sample at a time, so it behaves the same in training and evaluation and works with any batch size; it is the normalization used in transformers.</source>
        <translation>Reescala los valores a lo largo del último eje de cada muestra a media 0 y varianza 1, y luego aplica una escala y un desplazamiento aprendidos. A diferencia de la normalización por lotes mira una muestra cada vez, así que se comporta igual en entrenamiento y evaluación y funciona con cualquier tamaño de lote; es la normalización de los transformers.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="394"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="395"/>
        <source>Rectified linear unit: keeps positive values and replaces negative ones by zero, max(0, x). Cheap and effective, it is the default activation between hidden layers. Without some activation, stacked layers collapse into a single linear one.</source>
        <translation>Unidad lineal rectificada: conserva los valores positivos y sustituye los negativos por cero, max(0, x). Barata y eficaz, es la activación por defecto entre capas ocultas. Sin alguna activación, las capas apiladas se reducen a una sola capa lineal.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="402"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="403"/>
        <source>Like ReLU, but negative values are multiplied by a small slope alpha instead of becoming zero. Neurons therefore never stop learning entirely (&quot;dying ReLU&quot;); try it when many ReLU outputs stay at zero.</source>
        <translation>Como ReLU, pero los valores negativos se multiplican por una pequeña pendiente alpha en lugar de volverse cero. Así las neuronas nunca dejan de aprender del todo («ReLU moribunda»); pruébela cuando muchas salidas de ReLU se queden en cero.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="409"/>
        <source>Slope for negative inputs</source>
        <translation>Pendiente para entradas negativas</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="412"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="413"/>
        <source>Exponential linear unit: x for positive values and alpha * (exp(x) - 1) for negative ones, a smooth curve that levels off at -alpha. Its outputs average closer to zero than ReLU&apos;s, which can speed up training.</source>
        <translation>Unidad lineal exponencial: x para valores positivos y alpha * (exp(x) - 1) para los negativos, una curva suave que se estabiliza en -alpha. Sus salidas promedian más cerca de cero que las de ReLU, lo que puede acelerar el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="419"/>
        <source>Value that large negative inputs approach (as -alpha)</source>
        <translation>Valor al que se acercan las entradas muy negativas (como -alpha)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="422"/>
        <source>GELU</source>
        <translation>GELU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="423"/>
        <source>Gaussian error linear unit: x weighted by the probability that a standard normal value is below x. A smooth version of ReLU that lets small negative values through; the usual activation in transformers.</source>
        <translation>Unidad lineal de error gaussiano: x ponderado por la probabilidad de que un valor normal estándar sea menor que x. Una versión suave de ReLU que deja pasar pequeños valores negativos; la activación habitual de los transformers.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="429"/>
        <source>SiLU</source>
        <translation>SiLU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="430"/>
        <source>Sigmoid linear unit, also called Swish: x multiplied by its own sigmoid, x / (1 + exp(-x)). Like GELU it is a smooth ReLU that lets small negative values through, dipping just below zero before it levels off at 0. It often trains a little better than ReLU in deep networks.</source>
        <translation>Unidad lineal sigmoide, también llamada Swish: x multiplicado por su propia sigmoide, x / (1 + exp(-x)). Como GELU, es una versión suave de ReLU que deja pasar pequeños valores negativos y baja un poco por debajo de cero antes de estabilizarse en 0. En redes profundas suele entrenar algo mejor que ReLU.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="437"/>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="438"/>
        <source>Squashes every value into the range 0 to 1 with 1 / (1 + exp(-x)), so an output can be read as a probability of yes or no. Good for gates and binary outputs; in deep hidden layers it makes gradients vanish, so prefer ReLU there.</source>
        <translation>Comprime cada valor al rango de 0 a 1 con 1 / (1 + exp(-x)), de modo que una salida puede leerse como una probabilidad de sí o no. Buena para compuertas y salidas binarias; en capas ocultas profundas hace que los gradientes se desvanezcan, así que allí es mejor ReLU.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="445"/>
        <source>Tanh</source>
        <translation>Tanh</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="446"/>
        <source>Squashes every value into the range -1 to 1. Centred on zero, it suits small networks and recurrent ones; like the sigmoid it saturates for large inputs, which slows learning in deep stacks.</source>
        <translation>Comprime cada valor al rango de -1 a 1. Centrada en cero, conviene a redes pequeñas y recurrentes; como la sigmoide, se satura con entradas grandes, lo que frena el aprendizaje en pilas profundas.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="454"/>
        <source>Softmax</source>
        <translation>Softmax</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="455"/>
        <source>Turns the scores along the last axis into probabilities that are positive and sum to 1, exaggerating the largest. Use it to read a classifier&apos;s output as class probabilities, or for attention weights. The cross-entropy loss already applies it, so the network being trained should end with the raw scores.</source>
        <translation>Convierte las puntuaciones del último eje en probabilidades positivas que suman 1, exagerando la mayor. Úsela para leer la salida de un clasificador como probabilidades de clase, o para pesos de atención. La pérdida de entropía cruzada ya la aplica, así que la red que se entrena debe terminar con las puntuaciones en bruto.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="465"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="466"/>
        <source>Turns token ids (whole numbers such as the characters or words of a text) into learned vectors: one row of a table per token. Its input is a sequence of ids from an Input of shape [steps]; its output is steps x dim, what recurrent and attention layers read.</source>
        <translation>Convierte identificadores de tokens (números enteros como los caracteres o las palabras de un texto) en vectores aprendidos: una fila de una tabla por token. Su entrada es una secuencia de identificadores de un Input de forma [pasos]; su salida es pasos x dim, lo que leen las capas recurrentes y de atención.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="472"/>
        <source>Number of different tokens (ids 0 to vocab_size - 1)</source>
        <translation>Número de tokens distintos (identificadores de 0 a vocab_size - 1)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="473"/>
        <source>Length of each token&apos;s vector</source>
        <translation>Longitud del vector de cada token</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="481"/>
        <source>Simple RNN</source>
        <translation>RNN simple</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="482"/>
        <source>Reads a sequence one step at a time and keeps a hidden state that mixes the new step with what it remembers: h = tanh(W x + U h_prev + b). The simplest recurrent network; it forgets quickly over long sequences, which LSTM and GRU were invented to fix.</source>
        <translation>Lee una secuencia paso a paso y mantiene un estado oculto que mezcla el paso nuevo con lo que recuerda: h = tanh(W x + U h_prev + b). La red recurrente más sencilla; olvida rápido en secuencias largas, y para eso se inventaron LSTM y GRU.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="495"/>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="496"/>
        <source>Long short-term memory: a recurrent layer with a memory cell and three gates (input, forget, output) that learn what to write, keep and show at each step, so it can carry information across long sequences.</source>
        <translation>Memoria a corto y largo plazo: una capa recurrente con una celda de memoria y tres puertas (entrada, olvido, salida) que aprenden qué escribir, conservar y mostrar en cada paso, de modo que puede llevar información a lo largo de secuencias largas.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="508"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="509"/>
        <source>Gated recurrent unit: a lighter LSTM with two gates (reset and update) and no separate memory cell. It often learns as well as an LSTM with fewer weights.</source>
        <translation>Unidad recurrente con puertas: una LSTM más ligera con dos puertas (reinicio y actualización) y sin celda de memoria aparte. A menudo aprende tan bien como una LSTM con menos pesos.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="520"/>
        <source>Multi-Head Attention</source>
        <translation>Atención multicabeza</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="521"/>
        <source>Self-attention: every step of a sequence looks at every other step and takes a weighted mix of them, the weights coming from how well its query matches their keys. Several heads attend in parallel, each to something different. The heart of a transformer; the Attention dock shows what each head looks at.</source>
        <translation>Autoatención: cada paso de una secuencia mira todos los demás pasos y toma una mezcla ponderada de ellos; los pesos salen de lo bien que su consulta (query) coincide con sus claves (keys). Varias cabezas atienden en paralelo, cada una a algo distinto. El corazón de un transformer; el panel Atención muestra qué mira cada cabeza.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="527"/>
        <source>Number of heads; must divide the input&apos;s features</source>
        <translation>Número de cabezas; debe dividir las características de la entrada</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="529"/>
        <source>Let each step see only itself and earlier steps (for generating text)</source>
        <translation>Que cada paso vea solo a sí mismo y los pasos anteriores (para generar texto)</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="531"/>
        <source>Fraction of attention weights dropped during training</source>
        <translation>Fracción de pesos de atención descartados durante el entrenamiento</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="539"/>
        <source>Positional Encoding</source>
        <translation>Codificación posicional</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="540"/>
        <source>Adds to each step a vector that encodes its position, because attention alone does not know the order of the steps. Sinusoidal encodings are fixed waves of different frequencies; learned ones are a trained table with one row per position.</source>
        <translation>Suma a cada paso un vector que codifica su posición, porque la atención por sí sola no conoce el orden de los pasos. Las codificaciones sinusoidales son ondas fijas de distintas frecuencias; las aprendidas son una tabla entrenada con una fila por posición.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="546"/>
        <source>Fixed sine and cosine waves, or a learned table</source>
        <translation>Ondas fijas de seno y coseno, o una tabla aprendida</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="548"/>
        <source>The longest sequence it accepts</source>
        <translation>La secuencia más larga que acepta</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="558"/>
        <source>Sequence Pooling</source>
        <translation>Agrupación de secuencia</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="559"/>
        <source>Summarises a whole sequence (steps x features) in one vector of features: the mean over the steps, the maximum, or the last step. Put it between sequence layers and the Dense that classifies.</source>
        <translation>Resume una secuencia entera (pasos x características) en un vector de características: la media sobre los pasos, el máximo o el último paso. Colóquela entre las capas de secuencia y la Dense que clasifica.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="564"/>
        <source>How the steps are combined</source>
        <translation>Cómo se combinan los pasos</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="572"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="573"/>
        <source>Adds two or more inputs of the same shape value by value. This is the merge of a residual (skip) connection: a block&apos;s input is added to its output, which lets very deep networks train because the gradient can flow around each block.</source>
        <translation>Suma valor a valor dos o más entradas de la misma forma. Es la unión de una conexión residual: la entrada de un bloque se suma a su salida, lo que permite entrenar redes muy profundas porque el gradiente puede rodear cada bloque.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="583"/>
        <source>Concatenate</source>
        <translation>Concatenate</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="584"/>
        <source>Joins two or more inputs side by side along one axis, in the order of its input ports: features for flat inputs, channels for images. Use it to combine parallel branches that look at the data differently, as in Inception blocks; all other axes must match.</source>
        <translation>Une dos o más entradas lado a lado a lo largo de un eje, en el orden de sus puertos de entrada: características para entradas planas, canales para imágenes. Úsela para combinar ramas paralelas que miran los datos de forma distinta, como en los bloques Inception; los demás ejes deben coincidir.</translation>
    </message>
    <message>
        <location filename="../core/model/BuiltinLayers.cpp" line="590"/>
        <source>Sample axis to join along: 0 is features or channels; negative counts from the last</source>
        <translation>Eje de la muestra por el que unir: 0 son las características o canales; los negativos cuentan desde el último</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="103"/>
        <source>unknown layer type &apos;%1&apos;</source>
        <translation>tipo de capa desconocido «%1»</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="109"/>
        <source>%1 has no parameter &apos;%2&apos;</source>
        <translation>%1 no tiene el parámetro «%2»</translation>
    </message>
    <message>
        <location filename="../core/model/LayerRegistry.cpp" line="132"/>
        <source>an Input node has no engine layer: it is added to the graph as an input</source>
        <translation>un nodo Input no tiene capa en el motor: se añade al grafo como entrada</translation>
    </message>
</context>
<context>
    <name>LessonGoalText</name>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss at least %1</source>
        <translation>pérdida de entrenamiento al menos %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="26"/>
        <source>training loss below %1</source>
        <translation>pérdida de entrenamiento por debajo de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss above %1</source>
        <translation>pérdida de validación por encima de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="28"/>
        <source>validation loss below %1</source>
        <translation>pérdida de validación por debajo de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="30"/>
        <source>test loss below %1</source>
        <translation>pérdida de prueba por debajo de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="32"/>
        <source>training accuracy at least %1</source>
        <translation>precisión de entrenamiento al menos %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="34"/>
        <source>validation accuracy at least %1</source>
        <translation>precisión de validación al menos %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="35"/>
        <source>validation accuracy below %1</source>
        <translation>precisión de validación por debajo de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="37"/>
        <source>test accuracy at least %1</source>
        <translation>precisión de prueba al menos %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at least %1 parameters</source>
        <translation>al menos %1 parámetros</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="39"/>
        <source>at most %1 parameters</source>
        <translation>como mucho %1 parámetros</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="66"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="76"/>
        <source>the layer palette is hidden</source>
        <translation>la paleta de capas está oculta</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="79"/>
        <source>the network cannot be edited</source>
        <translation>la red no se puede editar</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="80"/>
        <source>the network cannot be edited except %1</source>
        <translation>la red no se puede editar salvo %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="83"/>
        <source>no training setting may change</source>
        <translation>ningún ajuste de entrenamiento puede cambiar</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="84"/>
        <source>only these training settings may change: %1</source>
        <translation>solo pueden cambiar estos ajustes de entrenamiento: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonGoalText.cpp" line="89"/>
        <source>Locked by the lesson: %1.</source>
        <translation>Bloqueado por la lección: %1.</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/MoveNodesCommand.cpp" line="16"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnnxExportJob</name>
    <message>
        <location filename="../app/gui/OnnxExportJob.cpp" line="25"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; consulta el panel Problemas.</translation>
    </message>
</context>
<context>
    <name>ParameterSpec</name>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="52"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="68"/>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="81"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="82"/>
        <location filename="../core/model/ParameterSpec.cpp" line="88"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="93"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="98"/>
        <source>a text</source>
        <translation>un texto</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="114"/>
        <source>a list of whole numbers</source>
        <translation>una lista de números enteros</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="133"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="148"/>
        <source>%1 must be %2, got %3</source>
        <translation>%1 debe ser %2, se obtuvo %3</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="155"/>
        <source>%1 must be between %2 and %3, got %4</source>
        <translation>%1 debe estar entre %2 y %3, se obtuvo %4</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="161"/>
        <source>%1 must be one of %2, got %3</source>
        <translation>%1 debe ser uno de %2, se obtuvo %3</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="167"/>
        <source>%1 needs at least one entry</source>
        <translation>%1 necesita al menos una entrada</translation>
    </message>
    <message>
        <location filename="../core/model/ParameterSpec.cpp" line="170"/>
        <source>%1 entries must be between %2 and %3, got %4</source>
        <translation>las entradas de %1 deben estar entre %2 y %3, se obtuvo %4</translation>
    </message>
</context>
<context>
    <name>PasteCommand</name>
    <message>
        <location filename="../core/model/commands/PasteCommand.cpp" line="12"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
</context>
<context>
    <name>PyTorchExportJob</name>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="26"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; consulte el panel Problemas.</translation>
    </message>
    <message>
        <location filename="../app/gui/PyTorchExportJob.cpp" line="37"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="12"/>
        <source>Delete %n connection(s)</source>
        <translation>
            <numerusform>Eliminar %n conexión</numerusform>
            <numerusform>Eliminar %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="14"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/model/commands/RemoveItemsCommand.cpp" line="15"/>
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Eliminar %n nodo</numerusform>
            <numerusform>Eliminar %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunMessages</name>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="9"/>
        <source>Training stopped; the last good weights are kept.</source>
        <translation>El entrenamiento se detuvo; se conservan los últimos pesos válidos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="18"/>
        <source>completed %n epoch(s)</source>
        <translation>
            <numerusform>%n época completada</numerusform>
            <numerusform>%n épocas completadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="20"/>
        <source>stopped at epoch %1, batch %2</source>
        <translation>detenido en la época %1, lote %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="23"/>
        <source>stopped early after epoch %1: the validation loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>detenido antes de tiempo tras la época %1: la pérdida de validación no ha mejorado en %n época (mejor: época %2)</numerusform>
            <numerusform>detenido antes de tiempo tras la época %1: la pérdida de validación no ha mejorado en %n épocas (mejor: época %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/RunMessages.cpp" line="25"/>
        <source>stopped early after epoch %1: the training loss has not improved for %n epoch(s) (best: epoch %2)</source>
        <translation>
            <numerusform>detenido antes de tiempo tras la época %1: la pérdida de entrenamiento no ha mejorado en %n época (mejor: época %2)</numerusform>
            <numerusform>detenido antes de tiempo tras la época %1: la pérdida de entrenamiento no ha mejorado en %n épocas (mejor: época %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="29"/>
        <source>; the weights of the best epoch are restored</source>
        <translation>; se han restaurado los pesos de la mejor época</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="34"/>
        <source>the loss became %1 at epoch %2, batch %3: the learning rate (%4) is probably too high, or the data holds NaN/Inf values.</source>
        <translation>La pérdida pasó a %1 en la época %2, lote %3: la tasa de aprendizaje (%4) probablemente es demasiado alta, o los datos contienen valores NaN/Inf.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunMessages.cpp" line="38"/>
        <source>the gradients became NaN or infinite at epoch %1, batch %2: lower the learning rate or enable gradient clipping.</source>
        <translation>Los gradientes pasaron a NaN o infinito en la época %1, lote %2: baje la tasa de aprendizaje o active el recorte de gradientes.</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <location filename="../core/io/RunStore.cpp" line="153"/>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
</context>
<context>
    <name>SetNodeFlagsCommand</name>
    <message>
        <location filename="../core/model/commands/SetNodeFlagsCommand.cpp" line="17"/>
        <source>Change training settings of %1</source>
        <translation>Cambiar la configuración de entrenamiento de %1</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <location filename="../core/model/commands/SetParameterCommand.cpp" line="16"/>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
</context>
<context>
    <name>StartingWeightsText</name>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="23"/>
        <source>kept imported weights for %1</source>
        <translation>pesos importados conservados para %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="25"/>
        <source>kept trained weights for %1</source>
        <translation>pesos entrenados conservados para %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="27"/>
        <source>initialised every layer from the seed</source>
        <translation>todas las capas inicializadas desde la semilla</translation>
    </message>
    <message>
        <location filename="../app/gui/StartingWeightsText.cpp" line="28"/>
        <source>initialised %1</source>
        <translation>%1 inicializado</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>A workbench for building, training and inspecting neural networks.</source>
        <translation>Un banco de trabajo para construir, entrenar e inspeccionar redes neuronales.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="53"/>
        <source>The project to open (*.nwproj); a bundled example opens as a copy.</source>
        <translation>El proyecto que abrir (*.nwproj); un ejemplo incluido se abre como copia.</translation>
    </message>
</context>
<context>
    <name>nw::ActivationHover</name>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="51"/>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="57"/>
        <source>One tile per channel, on one colour scale; the Feature maps tab shows them large.</source>
        <translation>Una tesela por canal, en una misma escala de color; la pestaña «Mapas de características» las muestra en grande.</translation>
    </message>
    <message>
        <location filename="../app/gui/ActivationHover.cpp" line="58"/>
        <source>One cell per unit.</source>
        <translation>Una celda por unidad.</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisController</name>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="158"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; vea el panel Problemas.</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>after epoch %1</source>
        <translation>tras la época %1</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>trained weights</source>
        <translation>pesos entrenados</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="199"/>
        <source>initial weights</source>
        <translation>pesos iniciales</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisController.cpp" line="202"/>
        <source>untrained (initial weights)</source>
        <translation>sin entrenar (pesos iniciales)</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisDocks</name>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="25"/>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="26"/>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="28"/>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="30"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location filename="../app/gui/AnalysisDocks.cpp" line="83"/>
        <source>the %1 split</source>
        <translation>la partición «%1»</translation>
    </message>
</context>
<context>
    <name>nw::AnalysisExport</name>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="23"/>
        <source>Could not write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="73"/>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="77"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="82"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="84"/>
        <source>Figure as PNG…</source>
        <translation>Figura como PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="87"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="92"/>
        <source>Figure as SVG…</source>
        <translation>Figura como SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="95"/>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="100"/>
        <source>Data as CSV…</source>
        <translation>Datos como CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/AnalysisExport.cpp" line="103"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>nw::AttentionController</name>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="55"/>
        <location filename="../app/gui/AttentionController.cpp" line="77"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see what the network&apos;s attention and recurrent layers do with it.</source>
        <translation>Haga clic en una muestra de la galería de la matriz de confusión, de la frontera de decisión, de la vista previa del conjunto de datos o del panel Muestra para ver qué hacen con ella las capas de atención y recurrentes de la red.</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="105"/>
        <source>Preparing the network…</source>
        <translation>Preparando la red…</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="109"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Esta muestra (%1) no encaja con la entrada de la red (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>sin entrenar: los pesos iniciales de la semilla</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="127"/>
        <source>trained weights</source>
        <translation>pesos entrenados</translation>
    </message>
    <message>
        <location filename="../app/gui/AttentionController.cpp" line="153"/>
        <source>%1 — live, epoch %2</source>
        <translation>%1 — en directo, época %2</translation>
    </message>
</context>
<context>
    <name>nw::AttentionDock</name>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="14"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionDock.cpp" line="15"/>
        <source>Recurrent states</source>
        <translation>Estados recurrentes</translation>
    </message>
</context>
<context>
    <name>nw::AttentionPage</name>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="48"/>
        <source>The MultiHeadAttention layer whose heads are shown</source>
        <translation>La capa MultiHeadAttention cuyas cabezas se muestran</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="50"/>
        <source>Heads of this layer</source>
        <translation>Cabezas de esta capa</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="51"/>
        <source>All layers and heads</source>
        <translation>Todas las capas y cabezas</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="52"/>
        <source>Rollout across layers</source>
        <translation>Rollout a través de las capas</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="53"/>
        <source>Rollout (Abnar and Zuidema 2020) multiplies the layers&apos; head-averaged attention, each mixed half and half with the residual connection: how much each input token reaches each position at the top.</source>
        <translation>El rollout (Abnar y Zuidema 2020) multiplica la atención de las capas promediada sobre las cabezas, cada una mezclada a partes iguales con la conexión residual: cuánto llega cada token de entrada a cada posición de arriba.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="57"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="59"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="73"/>
        <source>Rows are queries, columns keys: row i shows where token i looks. Hover a cell for its weight, click a token to highlight its row.</source>
        <translation>Las filas son consultas y las columnas claves: la fila i muestra adónde mira el token i. Pase el ratón sobre una celda para ver su peso; haga clic en un token para resaltar su fila.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="89"/>
        <location filename="../widgets/attention/AttentionPage.cpp" line="193"/>
        <source>Open a sample of a network with MultiHeadAttention layers to see where each head looks.</source>
        <translation>Abra una muestra de una red con capas MultiHeadAttention para ver adónde mira cada cabeza.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="165"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="192"/>
        <source>This network has no MultiHeadAttention layer.</source>
        <translation>Esta red no tiene ninguna capa MultiHeadAttention.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="211"/>
        <source>Head %1</source>
        <translation>Cabeza %1</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="218"/>
        <source>%1 · head %2</source>
        <translation>%1 · cabeza %2</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="229"/>
        <source>Rollout of the only attention layer</source>
        <translation>Rollout de la única capa de atención</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="230"/>
        <source>Rollout over %1 layers</source>
        <translation>Rollout sobre %1 capas</translation>
    </message>
    <message>
        <location filename="../widgets/attention/AttentionPage.cpp" line="275"/>
        <source>Token %1 “%2”: its row shows where it looks.</source>
        <translation>Token %1 «%2»: su fila muestra adónde mira.</translation>
    </message>
</context>
<context>
    <name>nw::AttributionPage</name>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="43"/>
        <source>How strongly the map covers the sample.</source>
        <translation>Cuánto cubre el mapa la muestra.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="64"/>
        <source>Opacity:</source>
        <translation>Opacidad:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="90"/>
        <source>At most %1 methods side by side: untick one first.</source>
        <translation>Como máximo %1 métodos lado a lado: desmarque uno primero.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="97"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>Haga clic en una muestra de la galería de la matriz de confusión, de la frontera de decisión, de la vista previa de datos o del panel Muestra para ver por qué la red predice lo que predice.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="121"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="163"/>
        <location filename="../widgets/explain/AttributionPage.cpp" line="185"/>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="159"/>
        <source>True class: %1</source>
        <translation>Clase real: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="193"/>
        <source>Class %1, score %2</source>
        <translation>Clase %1, puntuación %2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="195"/>
        <source>Completeness gap %1</source>
        <translation>Desfase de completitud %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="198"/>
        <source>Sum %1 = score − baseline score %2 (%3)</source>
        <translation>Suma %1 = puntuación − puntuación de la referencia %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="201"/>
        <source>sampled</source>
        <translation>muestreado</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="204"/>
        <source>Local fit R² %1</source>
        <translation>Ajuste local R² %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/AttributionPage.cpp" line="206"/>
        <source>At %1×%2, smoothed for display</source>
        <translation>A %1×%2, suavizado para mostrarlo</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationEditor</name>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="73"/>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="76"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="87"/>
        <source>All off</source>
        <translation>Todo desactivado</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationEditor.cpp" line="89"/>
        <source>Train on the images exactly as they are.</source>
        <translation>Entrenar con las imágenes tal como son.</translation>
    </message>
</context>
<context>
    <name>nw::AugmentationPreview</name>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="18"/>
        <source>Other epochs</source>
        <translation>Otras épocas</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="24"/>
        <source>Show what the next epochs make of this sample.</source>
        <translation>Mostrar qué hacen las siguientes épocas con esta muestra.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="70"/>
        <source>Augmentation varies images; these samples are not images.</source>
        <translation>El aumento de datos varía imágenes; estas muestras no son imágenes.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="71"/>
        <source>Load image data to see what augmentation makes of a sample.</source>
        <translation>Cargue datos de imagen para ver qué hace el aumento de datos con una muestra.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="85"/>
        <source>as stored</source>
        <translation>tal como está</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="92"/>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="99"/>
        <source>Sample %1 as training sees it in each epoch (training data only).</source>
        <translation>Muestra %1 tal como la ve el entrenamiento en cada época (solo datos de entrenamiento).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/AugmentationPreview.cpp" line="100"/>
        <source>Sample %1: augmentation is off, so every epoch sees it as stored.</source>
        <translation>Muestra %1: el aumento de datos está desactivado, así que cada época la ve tal como está.</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveManager</name>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="132"/>
        <source>%1: cannot create the autosave folder</source>
        <translation>%1: no se puede crear la carpeta de autoguardado</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveManager.cpp" line="153"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>nw::AutosaveRestorePrompt</name>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>an untitled project</source>
        <translation>un proyecto sin título</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="13"/>
        <source>the untitled project “%1”</source>
        <translation>el proyecto sin título «%1»</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="15"/>
        <source>Restore unsaved work</source>
        <translation>Restaurar el trabajo sin guardar</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="16"/>
        <source>Netwright did not close properly. Restore the unsaved changes to %1 from %2?</source>
        <translation>Netwright no se cerró correctamente. ¿Restaurar los cambios sin guardar de %1 del %2?</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="19"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../app/gui/AutosaveRestorePrompt.cpp" line="20"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>nw::CalibrationPanel</name>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="80"/>
        <source>Reliability: ECE %1, maximum gap %2, Brier score %3</source>
        <translation>Fiabilidad: ECE %1, desviación máxima %2, puntuación de Brier %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="102"/>
        <source>Calibration is for classifiers with at least two classes.</source>
        <translation>La calibración es para clasificadores con al menos dos clases.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="103"/>
        <source>Evaluate the trained model to see how far its confidence can be trusted.</source>
        <translation>Evalúe el modelo entrenado para ver hasta qué punto se puede confiar en su seguridad.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="109"/>
        <source>Confidence (top-class probability)</source>
        <translation>Confianza (probabilidad de la clase principal)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="110"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="114"/>
        <source>Perfectly calibrated</source>
        <translation>Calibración perfecta</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="119"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="131"/>
        <source>Right</source>
        <translation>Acierto</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="132"/>
        <source>Wrong</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="150"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/CalibrationPanel.cpp" line="157"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
</context>
<context>
    <name>nw::ClassDistributionChart</name>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../widgets/panels/ClassDistributionChart.cpp" line="55"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
</context>
<context>
    <name>nw::ClassMetricsTable</name>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>ROC AUC</source>
        <translation>AUC ROC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="33"/>
        <source>Avg. precision</source>
        <translation>Precisión media</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="69"/>
        <source>Per-class metrics are for classifiers.</source>
        <translation>Las métricas por clase son para clasificadores.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="70"/>
        <source>Evaluate the trained model to see its per-class metrics.</source>
        <translation>Evalúe el modelo entrenado para ver sus métricas por clase.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="100"/>
        <source>Macro average</source>
        <translation>Media macro</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="102"/>
        <source>Weighted average</source>
        <translation>Media ponderada</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ClassMetricsTable.cpp" line="103"/>
        <source>Micro average (accuracy)</source>
        <translation>Media micro (exactitud)</translation>
    </message>
</context>
<context>
    <name>nw::CompressController</name>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="68"/>
        <source>Measuring the fine-tuned network…</source>
        <translation>Midiendo la red ajustada…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="101"/>
        <source>Measuring accuracy from 0 to 95% sparsity…</source>
        <translation>Midiendo la exactitud del 0 al 95% de dispersión…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="117"/>
        <source>Pruning %1% of the weights…</source>
        <translation>Podando el %1% de los pesos…</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="169"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; consulte el panel de problemas.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="173"/>
        <source>The weights do not fit the edited network: train it again.</source>
        <translation>Los pesos no encajan con la red editada: vuelva a entrenarla.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="190"/>
        <source>The network or its weights changed while this ran: nothing was changed.</source>
        <translation>La red o sus pesos cambiaron mientras esto se ejecutaba: no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="196"/>
        <source>Could not compress: %1</source>
        <translation>No se pudo comprimir: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="204"/>
        <source>Measured on %1 test samples.</source>
        <translation>Medido con %1 muestras de prueba.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="222"/>
        <source>Pruned: %1% of the weights are zero.</source>
        <translation>Podado: el %1% de los pesos es cero.</translation>
    </message>
    <message>
        <location filename="../app/gui/CompressController.cpp" line="233"/>
        <source>Fine-tuned for %1 epochs; the pruned weights stayed zero.</source>
        <translation>Ajustado durante %1 épocas; los pesos podados siguieron en cero.</translation>
    </message>
</context>
<context>
    <name>nw::CompressPanel</name>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="33"/>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="36"/>
        <source>Prune</source>
        <translation>Podar</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="38"/>
        <source>Fine-tune</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="43"/>
        <source>Accuracy on the test split as the weights are pruned from 0 to 95%, and of the network quantized to int8</source>
        <translation>Exactitud en la partición de prueba al podar los pesos del 0 al 95%, y de la red cuantizada a int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="49"/>
        <source>The share of weights set to zero, smallest magnitudes first</source>
        <translation>La proporción de pesos puestos a cero, primero los de menor magnitud</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="50"/>
        <source>Over the whole network</source>
        <translation>En toda la red</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="51"/>
        <source>Per layer</source>
        <translation>Por capa</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="52"/>
        <source>Set the smallest weights of the trained network to zero</source>
        <translation>Poner a cero los pesos más pequeños de la red entrenada</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="55"/>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="56"/>
        <source>Train the pruned network further; pruned weights stay zero</source>
        <translation>Seguir entrenando la red podada; los pesos podados siguen en cero</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="65"/>
        <source>Sparsity:</source>
        <translation>Dispersión:</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="84"/>
        <source>Train the network, then measure how much of it can go.</source>
        <translation>Entrene la red y luego mida cuánto se puede quitar.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="95"/>
        <source>Size: %1 as float32</source>
        <translation>Tamaño: %1 en float32</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="97"/>
        <source>, %1 pruned to %2% (kept weights and a bitmap)</source>
        <translation>, %1 podado al %2% (pesos conservados y un mapa de bits)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="100"/>
        <source>, %1 as int8</source>
        <translation>, %1 en int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="101"/>
        <source>: %1 times smaller.</source>
        <translation>: %1 veces más pequeño.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="107"/>
        <source>int8: accuracy %1% (%2 points against the %3 model), weights %4, activations calibrated on %5 training samples.</source>
        <translation>int8: exactitud %1% (%2 puntos respecto al modelo %3), pesos %4, activaciones calibradas con %5 muestras de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="112"/>
        <source>fine-tuned</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="113"/>
        <source>pruned</source>
        <translation>podado</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="111"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="114"/>
        <source>per channel</source>
        <translation>por canal</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="115"/>
        <source>per tensor</source>
        <translation>por tensor</translation>
    </message>
    <message>
        <location filename="../widgets/compress/CompressPanel.cpp" line="118"/>
        <source>int8: loss %1 (float32: %2).</source>
        <translation>int8: pérdida %1 (float32: %2).</translation>
    </message>
</context>
<context>
    <name>nw::ConfusionHeatmap</name>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="22"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>Evalúe el modelo entrenado para ver dónde acierta y dónde falla.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="175"/>
        <source>Predicted class</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="180"/>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionHeatmap.cpp" line="280"/>
        <source>True %1, predicted %2: %n sample(s), %3% of the class. Click to see them.</source>
        <translation>
            <numerusform>Real %1, predicha %2: %n muestra, %3% de la clase. Haga clic para verla.</numerusform>
            <numerusform>Real %1, predicha %2: %n muestras, %3% de la clase. Haga clic para verlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nw::ConfusionMatrixPanel</name>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="25"/>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="26"/>
        <source>Share of true class</source>
        <translation>Proporción de la clase real</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="27"/>
        <source>Row-normalised: each row sums to 1, the diagonal is each class&apos;s recall.</source>
        <translation>Normalizada por filas: cada fila suma 1, la diagonal es la exhaustividad de cada clase.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="62"/>
        <source>The confusion matrix is for classifiers; this model predicts values.</source>
        <translation>La matriz de confusión es para clasificadores; este modelo predice valores.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="63"/>
        <source>Evaluate the trained model to see where it is right and wrong.</source>
        <translation>Evalúe el modelo entrenado para ver dónde acierta y dónde falla.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="78"/>
        <source>Training split</source>
        <translation>Parte de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="79"/>
        <source>Validation split</source>
        <translation>Parte de validación</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="80"/>
        <source>Test split</source>
        <translation>Parte de prueba</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="81"/>
        <source>%1: %n sample(s), accuracy %2%</source>
        <translation>
            <numerusform>%1: %n muestra, exactitud %2%</numerusform>
            <numerusform>%1: %n muestras, exactitud %2%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ConfusionMatrixPanel.cpp" line="110"/>
        <source>True %1, predicted %2</source>
        <translation>Real %1, predicha %2</translation>
    </message>
</context>
<context>
    <name>nw::DatasetDock</name>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="66"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="73"/>
        <source>The data spec saved in the project; netwright-cli --data takes the same text.</source>
        <translation>La especificación de datos guardada en el proyecto; netwright-cli --data acepta el mismo texto.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="74"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="76"/>
        <source>Read the data again, for example after the file changed on disk.</source>
        <translation>Leer los datos de nuevo, por ejemplo después de que el archivo cambie en el disco.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="90"/>
        <source>Stop reading the data; Reload reads it again.</source>
        <translation>Dejar de leer los datos; Recargar los vuelve a leer.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="147"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="162"/>
        <source>Read %1 of %2 files…</source>
        <translation>Leídos %1 de %2 archivos…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="167"/>
        <source>Split</source>
        <translation>División</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="171"/>
        <source>Share of the samples held out to watch for overfitting after each epoch.</source>
        <translation>Proporción de muestras reservada para vigilar el sobreajuste después de cada época.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="174"/>
        <source>Share of the samples kept aside for the final evaluation.</source>
        <translation>Proporción de muestras apartada para la evaluación final.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="179"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="187"/>
        <source>The same seed always gives the same split.</source>
        <translation>La misma semilla siempre da la misma división.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="188"/>
        <source>Keep class proportions in every part (stratified)</source>
        <translation>Mantener las proporciones de clases en cada parte (estratificado)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="190"/>
        <source>Validation:</source>
        <translation>Validación:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="191"/>
        <source>Test:</source>
        <translation>Prueba:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="192"/>
        <source>Split seed:</source>
        <translation>Semilla de división:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="205"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="208"/>
        <source>No data loaded yet.</source>
        <translation>Aún no se han cargado datos.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="223"/>
        <source>The first samples of the dataset; click one to inspect it.</source>
        <translation>Las primeras muestras del conjunto de datos; haga clic en una para inspeccionarla.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="232"/>
        <source>The points of the 2-D problem, coloured by class (or by value for regression).</source>
        <translation>Los puntos del problema 2D, coloreados por clase (o por valor en regresión).</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="252"/>
        <source>Classes per part</source>
        <translation>Clases por parte</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="275"/>
        <source>Augmentation (training images only)</source>
        <translation>Aumento de datos (solo imágenes de entrenamiento)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="341"/>
        <source>No dataset chosen yet.</source>
        <translation>Aún no se ha elegido un conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="342"/>
        <source>Spec: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Especificación: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="406"/>
        <source>Choose where the data comes from.</source>
        <translation>Elija de dónde vienen los datos.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="422"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="452"/>
        <source>Loading stopped. Reload reads the data again.</source>
        <translation>Carga detenida. Recargar vuelve a leer los datos.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="460"/>
        <source>Could not load the data.
%1</source>
        <translation>No se pudieron cargar los datos.
%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="468"/>
        <source>%1 samples of shape %2, %3 classes; loaded in %4 s.</source>
        <translation>%1 muestras de forma %2, %3 clases; cargadas en %4 s.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="471"/>
        <source>%1 samples of shape %2, regression; loaded in %3 s.</source>
        <translation>%1 muestras de forma %2, regresión; cargadas en %3 s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/DatasetDock.cpp" line="476"/>
        <source>Vocabulary of all %n tokens shown here; training builds its own from the training split.</source>
        <translation>
            <numerusform>Vocabulario de los %n tokens mostrados; el entrenamiento crea el suyo con la parte de entrenamiento.</numerusform>
            <numerusform>Vocabulario de los %n tokens mostrados; el entrenamiento crea el suyo con la parte de entrenamiento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="527"/>
        <source>Sample %1: %2</source>
        <translation>Muestra %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="557"/>
        <source>%1 training, %2 validation, %3 test samples.</source>
        <translation>%1 muestras de entrenamiento, %2 de validación y %3 de prueba.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="562"/>
        <source>Testing uses %1.</source>
        <translation>La prueba usa %1.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetDock.cpp" line="566"/>
        <source>Regression data has no classes. %1</source>
        <translation>Los datos de regresión no tienen clases. %1</translation>
    </message>
</context>
<context>
    <name>nw::DatasetSourceForm</name>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="67"/>
        <source>Built-in generator</source>
        <translation>Generador integrado</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="68"/>
        <source>Bundled dataset</source>
        <translation>Conjunto de datos incluido</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="69"/>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="70"/>
        <source>IDX files (MNIST style)</source>
        <translation>Archivos IDX (estilo MNIST)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="71"/>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="72"/>
        <source>Image folder</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="73"/>
        <source>NumPy arrays (.npy)</source>
        <translation>Arrays de NumPy (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="75"/>
        <source>Built-in sequence task</source>
        <translation>Tarea de secuencias integrada</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="76"/>
        <source>Labelled texts</source>
        <translation>Textos etiquetados</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="77"/>
        <source>Which language is a word?</source>
        <translation>¿De qué idioma es una palabra?</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="87"/>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="124"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="125"/>
        <source>Exclusive or (XOR)</source>
        <translation>O exclusivo (XOR)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="126"/>
        <source>Two Gaussians</source>
        <translation>Dos gaussianas</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="127"/>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="128"/>
        <source>Plane (regression)</source>
        <translation>Plano (regresión)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="129"/>
        <source>Multi-Gaussian (regression)</source>
        <translation>Varias gaussianas (regresión)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="140"/>
        <source>0 is clean; 1 is TensorFlow Playground&apos;s noise slider at its maximum.</source>
        <translation>0 es sin ruido; 1 es el control de ruido de TensorFlow Playground al máximo.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="148"/>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="149"/>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="150"/>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="151"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="166"/>
        <source>Iris flowers (150 × 4 measurements, 3 species)</source>
        <translation>Flores iris (150 × 4 medidas, 3 especies)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="167"/>
        <source>Handwritten digits (1,797 images of 8 × 8)</source>
        <translation>Dígitos manuscritos (1797 imágenes de 8 × 8)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="168"/>
        <source>Dataset:</source>
        <translation>Conjunto de datos:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="180"/>
        <source>Training images (60,000)</source>
        <translation>Imágenes de entrenamiento (60 000)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="181"/>
        <source>Test images (10,000)</source>
        <translation>Imágenes de prueba (10 000)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="182"/>
        <source>Test on the official 10,000 test images</source>
        <translation>Probar con las 10 000 imágenes de prueba oficiales</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="184"/>
        <source>Uses fashion-mnist:test as the test set; the training images are then split into training and validation only.</source>
        <translation>Usa fashion-mnist:test como conjunto de prueba; las imágenes de entrenamiento se dividen entonces solo en entrenamiento y validación.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="189"/>
        <source>Part:</source>
        <translation>Parte:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="206"/>
        <source>Read from %1.</source>
        <translation>Leído de %1.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="207"/>
        <source>Not installed: %1 holds no Fashion-MNIST files. Set NETWRIGHT_FASHION_MNIST to the folder with the four .gz files.</source>
        <translation>No instalado: %1 no contiene archivos de Fashion-MNIST. Ponga en NETWRIGHT_FASHION_MNIST la carpeta con los cuatro archivos .gz.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="224"/>
        <source>IDX files (*-ubyte *-ubyte.gz *.idx* *.gz);;All files (*)</source>
        <translation>Archivos IDX (*-ubyte *-ubyte.gz *.idx* *.gz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="225"/>
        <source>Choose the IDX images file</source>
        <translation>Elegir el archivo IDX de imágenes</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="227"/>
        <source>Choose the IDX labels file</source>
        <translation>Elegir el archivo IDX de etiquetas</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="229"/>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="230"/>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="239"/>
        <source>NumPy arrays (*.npy);;All files (*)</source>
        <translation>Arrays de NumPy (*.npy);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="240"/>
        <source>Choose the features (.npy)</source>
        <translation>Elegir las características (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="242"/>
        <source>Choose the targets (.npy)</source>
        <translation>Elegir los objetivos (.npy)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="244"/>
        <source>Features:</source>
        <translation>Características:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="245"/>
        <source>Targets:</source>
        <translation>Objetivos:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>Choose a CSV table</source>
        <translation>Elegir una tabla CSV</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="254"/>
        <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tablas CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="258"/>
        <source>The column the network learns to predict; the others become features.</source>
        <translation>La columna que la red aprende a predecir; las demás pasan a ser características.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="261"/>
        <source>Drop rows with missing values</source>
        <translation>Descartar filas con valores ausentes</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="262"/>
        <source>Fill in the column mean</source>
        <translation>Rellenar con la media de la columna</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="265"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="266"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="267"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="271"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="272"/>
        <source>Separator:</source>
        <translation>Separador:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="273"/>
        <source>Target column:</source>
        <translation>Columna objetivo:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="274"/>
        <source>Missing values:</source>
        <translation>Valores ausentes:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="297"/>
        <source>Choose a folder with one subfolder per class</source>
        <translation>Elegir una carpeta con una subcarpeta por clase</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="307"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="313"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="318"/>
        <source>Grayscale</source>
        <translation>Escala de grises</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="319"/>
        <source>Colour (RGB)</source>
        <translation>Color (RGB)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="322"/>
        <source>Stretch to the size</source>
        <translation>Estirar al tamaño</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="323"/>
        <source>Scale, then cut out the centre</source>
        <translation>Escalar y luego recortar el centro</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="324"/>
        <source>Cutting out the centre keeps shapes as they are; stretching squashes images of another aspect ratio.</source>
        <translation>Recortar el centro conserva las formas; estirar deforma las imágenes de otra proporción.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="328"/>
        <source>None (pixels from 0 to 1)</source>
        <translation>Ninguna (píxeles de 0 a 1)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="329"/>
        <source>Mean and spread of the training images</source>
        <translation>Media y dispersión de las imágenes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="330"/>
        <source>Per colour channel, subtract the mean and divide by the standard deviation, measured on the training split only.</source>
        <translation>Por canal de color, restar la media y dividir por la desviación típica, medidas solo en la parte de entrenamiento.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="332"/>
        <source>Skip files that are not readable images</source>
        <translation>Omitir archivos que no sean imágenes legibles</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="334"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="335"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="336"/>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="337"/>
        <source>Fit:</source>
        <translation>Ajuste:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="338"/>
        <source>Normalise:</source>
        <translation>Normalizar:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/DatasetSourceForm.cpp" line="529"/>
        <source>Given: mean %1, standard deviation %2</source>
        <translation>Dados: media %1, desviación típica %2</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryPanel</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="85"/>
        <source>Test sample %1 selected.</source>
        <translation>Muestra de prueba %1 seleccionada.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="86"/>
        <source>Training sample %1 selected.</source>
        <translation>Muestra de entrenamiento %1 seleccionada.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryPanel.cpp" line="187"/>
        <source>%1 training samples (dots), %2 test samples (rings). The colours show the class the network predicts.</source>
        <translation>%1 muestras de entrenamiento (puntos), %2 muestras de prueba (anillos). Los colores muestran la clase que predice la red.</translation>
    </message>
</context>
<context>
    <name>nw::DecisionBoundaryWidget</name>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="70"/>
        <source>Background: the class the network predicts, stronger where it is surer.
Dots: training samples. Rings: test samples. Click a sample to inspect it.</source>
        <translation>Fondo: la clase que predice la red, más intensa donde está más segura.
Puntos: muestras de entrenamiento. Anillos: muestras de prueba. Haga clic en una muestra para inspeccionarla.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="245"/>
        <source>For datasets with two features, this shows how the network divides the plane.

Press Train to watch the boundary take shape.</source>
        <translation>Para conjuntos de datos con dos características, muestra cómo la red divide el plano.

Pulse Entrenar para ver cómo se forma la frontera.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="324"/>
        <source>Class %1</source>
        <translation>Clase %1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="328"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/charts/DecisionBoundaryWidget.cpp" line="330"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
</context>
<context>
    <name>nw::DocumentFiles</name>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="40"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="354"/>
        <source>Autosave failed: %1</source>
        <translation>Error de autoguardado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="65"/>
        <source>The weights file %1 does not exist. The network opened without trained weights.</source>
        <translation>El archivo de pesos %1 no existe. La red se abrió sin pesos entrenados.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="70"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="80"/>
        <source>%1
The network opened without trained weights.</source>
        <translation>%1
La red se abrió sin pesos entrenados.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="88"/>
        <source>The weights in %1 belong to a different network (%2). The network opened without them: train it again, or open the weights that belong to it.</source>
        <translation>Los pesos de %1 pertenecen a otra red (%2). La red se abrió sin ellos: entrénela de nuevo o abra los pesos que le corresponden.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="100"/>
        <source>Stop training before opening weights.</source>
        <translation>Detenga el entrenamiento antes de abrir pesos.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="107"/>
        <source>Opened the weights %1</source>
        <translation>Pesos %1 abiertos</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="110"/>
        <source>%1: these weights do not fit the network: %2</source>
        <translation>%1: estos pesos no encajan con la red: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="115"/>
        <source>Cannot open the weights</source>
        <translation>No se pueden abrir los pesos</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="130"/>
        <source>%1: Netwright opens projects (*.nwproj) and weights (*.safetensors) dropped on the window; choose data in the Dataset dock.</source>
        <translation>%1: Netwright abre proyectos (*.nwproj) y pesos (*.safetensors) soltados en la ventana; elija los datos en el panel Conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="136"/>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="162"/>
        <source>Cannot open the lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="167"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="194"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="216"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="243"/>
        <source>Stop training before opening another project.</source>
        <translation>Detenga el entrenamiento antes de abrir otro proyecto.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="173"/>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="178"/>
        <source>Opened without weights</source>
        <translation>Abierto sin pesos</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="185"/>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="201"/>
        <source>Opened a copy of the example “%1”. Press Train to start.</source>
        <translation>Se abrió una copia del ejemplo «%1». Pulse Entrenar para empezar.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="207"/>
        <source>Cannot open the example</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Open Lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="233"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Lecciones de Netwright (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="250"/>
        <source>Imported %1 as an untitled project; save it to keep it.</source>
        <translation>%1 importado como proyecto sin título; guárdalo para conservarlo.</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="258"/>
        <source>Cannot import the ONNX model</source>
        <translation>No se puede importar el modelo ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>Import ONNX Model</source>
        <translation>Importar modelo ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="268"/>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="280"/>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="288"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="304"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <source>Save Project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="308"/>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Netwright projects (*.nwproj)</source>
        <translation>Proyectos de Netwright (*.nwproj)</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="323"/>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="341"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="342"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <location filename="../app/gui/DocumentFiles.cpp" line="387"/>
        <source>Cannot restore the project</source>
        <translation>No se puede restaurar el proyecto</translation>
    </message>
</context>
<context>
    <name>nw::DrawPage</name>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="33"/>
        <source>Centre and scale like the training images</source>
        <translation>Centrar y escalar como las imágenes de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="41"/>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="44"/>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="46"/>
        <source>Rub out (the right mouse button does too).</source>
        <translation>Borrar (el botón derecho del ratón también lo hace).</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="50"/>
        <source>Clear</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="53"/>
        <source>Brush size</source>
        <translation>Tamaño del pincel</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="55"/>
        <source>Crop the drawing to its ink, scale it to the size the training images&apos; ink has and move it to where their centre of mass is.</source>
        <translation>Recortar el dibujo a sus trazos, escalarlo al tamaño que tienen los trazos de las imágenes de entrenamiento y moverlo a su centro de masa.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="86"/>
        <source>Map:</source>
        <translation>Mapa:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="109"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>Para dibujar hace falta una red cuya entrada sea una imagen de un canal.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="117"/>
        <source>Draw with the mouse: the prediction and the map follow every stroke.</source>
        <translation>Dibuje con el ratón: la predicción y el mapa siguen cada trazo.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="164"/>
        <source>For class %1</source>
        <translation>Para la clase %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/DrawPage.cpp" line="170"/>
        <source>Answered %1 ms after the stroke.</source>
        <translation>Respuesta %1 ms después del trazo.</translation>
    </message>
</context>
<context>
    <name>nw::EvaluationDock</name>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="24"/>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluar</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="25"/>
        <source>After each epoch</source>
        <translation>Tras cada época</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="36"/>
        <source>Training split</source>
        <translation>Parte de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="37"/>
        <source>Validation split</source>
        <translation>Parte de validación</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="38"/>
        <source>Test split</source>
        <translation>Parte de prueba</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="40"/>
        <source>The samples to evaluate the model on</source>
        <translation>Las muestras con las que evaluar el modelo</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="41"/>
        <source>Evaluate the current weights on the chosen split now</source>
        <translation>Evaluar ahora los pesos actuales en la partición elegida</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="43"/>
        <source>While training, evaluate again after every epoch (when this panel is on show)</source>
        <translation>Durante el entrenamiento, evaluar de nuevo tras cada época (cuando este panel está a la vista)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="55"/>
        <source>Confusion matrix</source>
        <translation>Matriz de confusión</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="56"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="57"/>
        <source>Precision–recall</source>
        <translation>Precisión–exhaustividad</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="58"/>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="59"/>
        <source>Per class</source>
        <translation>Por clase</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="60"/>
        <source>Reconstruction</source>
        <translation>Reconstrucción</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="79"/>
        <source>Train the network, or press Evaluate to see how the current weights do.</source>
        <translation>Entrene la red o pulse Evaluar para ver cómo funcionan los pesos actuales.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="101"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="103"/>
        <source>accuracy %1%, loss %2</source>
        <translation>exactitud %1 %, pérdida %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="105"/>
        <source>reconstruction error %1 (MSE per value)</source>
        <translation>error de reconstrucción %1 (MSE por valor)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="106"/>
        <source>MSE %1, MAE %2, R² %3</source>
        <translation>MSE %1, MAE %2, R² %3</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="110"/>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/EvaluationDock.cpp" line="133"/>
        <source>Evaluating…</source>
        <translation>Evaluando…</translation>
    </message>
</context>
<context>
    <name>nw::ExampleGallery</name>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="28"/>
        <source>Show this gallery when Netwright starts</source>
        <translation>Mostrar esta galería al iniciar Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="30"/>
        <source>Welcome to Netwright</source>
        <translation>Bienvenido a Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="32"/>
        <source>&lt;b&gt;Pick an example to start from.&lt;/b&gt; Open it, then press &lt;i&gt;Train&lt;/i&gt; and watch the network learn. Examples open as untitled copies: change them as you like.</source>
        <translation>&lt;b&gt;Elija un ejemplo para empezar.&lt;/b&gt; Ábralo, pulse &lt;i&gt;Entrenar&lt;/i&gt; y observe cómo aprende la red. Los ejemplos se abren como copias sin título: cámbielos a su gusto.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="63"/>
        <source>&amp;Open Example</source>
        <translation>&amp;Abrir ejemplo</translation>
    </message>
    <message>
        <location filename="../app/gui/ExampleGallery.cpp" line="64"/>
        <source>Start &amp;Empty</source>
        <translation>Empezar &amp;vacío</translation>
    </message>
</context>
<context>
    <name>nw::ExplainController</name>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="50"/>
        <source>the test split</source>
        <translation>la partición de prueba</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="199"/>
        <source>Drawing needs a network whose input is a one-channel image.</source>
        <translation>Para dibujar hace falta una red cuya entrada sea una imagen de un canal.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="208"/>
        <location filename="../app/gui/ExplainController.cpp" line="327"/>
        <source>the dataset</source>
        <translation>el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="238"/>
        <source>Click a sample in the confusion matrix&apos;s gallery, the decision boundary, the dataset preview or the Sample dock to see why the network predicts what it does.</source>
        <translation>Haga clic en una muestra de la galería de la matriz de confusión, de la frontera de decisión, de la vista previa de datos o del panel Muestra para ver por qué la red predice lo que predice.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="240"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>Abra una muestra para ver qué hace cada capa con ella.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="242"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>Dónde quedan las muestras de prueba en el espacio de una capa oculta: cada grupo es lo que la capa junta.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="274"/>
        <source>Weights after epoch %1.</source>
        <translation>Pesos tras la época %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="275"/>
        <source>Initial weights: the run has just started.</source>
        <translation>Pesos iniciales: el entrenamiento acaba de empezar.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="279"/>
        <source>Untrained: the seed&apos;s initial weights. Train the network to see what it learns.</source>
        <translation>Sin entrenar: los pesos iniciales de la semilla. Entrene la red para ver qué aprende.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="280"/>
        <source>Trained weights.</source>
        <translation>Pesos entrenados.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="341"/>
        <source>Sample %1 of %2</source>
        <translation>Muestra %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="362"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Esta muestra (%1) no encaja con la entrada de la red (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="455"/>
        <source>Open a sample in the Explain dock to see what this layer makes of it.</source>
        <translation>Abra una muestra en el panel Explicar para ver qué hace esta capa con ella.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainController.cpp" line="490"/>
        <source>The split has too few samples to project.</source>
        <translation>La partición tiene muy pocas muestras para proyectar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="493"/>
        <source>Projecting %n samples of the %1 split…</source>
        <translation>
            <numerusform>Proyectando %n muestra de la partición %1…</numerusform>
            <numerusform>Proyectando %n muestras de la partición %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/ExplainController.cpp" line="518"/>
        <source>%1 over %n samples of the %2 split, %3 of them predicted wrong. Click a point to explain it.</source>
        <translation>
            <numerusform>%1 sobre %n muestra de la partición %2, %3 de ellas mal predichas. Haga clic en un punto para explicarlo.</numerusform>
            <numerusform>%1 sobre %n muestras de la partición %2, %3 de ellas mal predichas. Haga clic en un punto para explicarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainSetup.cpp" line="18"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; vea el panel Problemas.</translation>
    </message>
</context>
<context>
    <name>nw::ExplainDock</name>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="34"/>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="35"/>
        <source>Feature maps</source>
        <translation>Mapas de características</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="36"/>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainDock.cpp" line="37"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
</context>
<context>
    <name>nw::ExplainJobRunner</name>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="66"/>
        <source>The network is not ready yet.</source>
        <translation>La red aún no está lista.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExplainJobRunner.cpp" line="80"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; vea el panel Problemas.</translation>
    </message>
</context>
<context>
    <name>nw::ExplainMethodForm</name>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="51"/>
        <source>Tick up to four methods to compare them side by side.</source>
        <translation>Marque hasta cuatro métodos para compararlos lado a lado.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="63"/>
        <source>Whose score the map explains.</source>
        <translation>Qué puntuación explica el mapa.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="66"/>
        <source>Points on the straight path from the baseline to the sample.</source>
        <translation>Puntos en el camino recto de la referencia a la muestra.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="70"/>
        <source>What &quot;nothing&quot; looks like: where the path starts, what covers a window or a switched-off part.</source>
        <translation>Cómo es «nada»: dónde empieza el camino, qué cubre una ventana o una parte apagada.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="73"/>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="76"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="78"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="81"/>
        <source>Noisy copies (SmoothGrad) or perturbed inputs (LIME, SHAP); &quot;default&quot; lets the method choose.</source>
        <translation>Copias con ruido (SmoothGrad) o entradas perturbadas (LIME, SHAP); «predeterminado» deja elegir al método.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="86"/>
        <source>Noise as a fraction of the input&apos;s value range.</source>
        <translation>Ruido como fracción del rango de valores de la entrada.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="89"/>
        <source>How many regions LIME and SHAP cut the image into.</source>
        <translation>En cuántas regiones dividen la imagen LIME y SHAP.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="91"/>
        <source>The convolution layer whose feature maps Grad-CAM weighs.</source>
        <translation>La capa convolucional cuyos mapas de características pondera Grad-CAM.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="93"/>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="94"/>
        <source>Baseline:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="95"/>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="96"/>
        <source>Stride:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="97"/>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="98"/>
        <source>Noise:</source>
        <translation>Ruido:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="99"/>
        <source>Regions:</source>
        <translation>Regiones:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="100"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="104"/>
        <source>Methods:</source>
        <translation>Métodos:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="107"/>
        <source>Explain:</source>
        <translation>Explicar:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="143"/>
        <source>Predicted class</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainMethodForm.cpp" line="144"/>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
</context>
<context>
    <name>nw::ExplainTexts</name>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="9"/>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="11"/>
        <source>Gradient × input</source>
        <translation>Gradiente × entrada</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="13"/>
        <source>SmoothGrad</source>
        <translation>SmoothGrad</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="15"/>
        <source>Integrated Gradients</source>
        <translation>Gradientes integrados</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="17"/>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="19"/>
        <source>Occlusion</source>
        <translation>Oclusión</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="21"/>
        <source>LIME</source>
        <translation>LIME</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="23"/>
        <source>Kernel SHAP</source>
        <translation>Kernel SHAP</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="25"/>
        <source>Activations</source>
        <translation>Activaciones</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="27"/>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="29"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="31"/>
        <source>Attention rollout</source>
        <translation>Rollout de atención</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="40"/>
        <source>How much the class score changes when one input value changes a little (red raises it, blue lowers it).</source>
        <translation>Cuánto cambia la puntuación de la clase cuando un valor de entrada cambia un poco (el rojo la sube, el azul la baja).</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="43"/>
        <source>The gradient times the input: what each input value contributes, to first order.</source>
        <translation>El gradiente por la entrada: lo que aporta cada valor de entrada, en primer orden.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="45"/>
        <source>The gradient averaged over noisy copies of the sample: less speckle than the plain gradient.</source>
        <translation>El gradiente promediado sobre copias con ruido de la muestra: menos moteado que el gradiente simple.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="47"/>
        <source>Gradients summed along the path from a baseline to the sample; the parts add up to the score change.</source>
        <translation>Gradientes sumados a lo largo del camino de una referencia a la muestra; las partes suman el cambio de puntuación.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="50"/>
        <source>Which places of a convolution layer&apos;s feature maps drive the class score.</source>
        <translation>Qué lugares de los mapas de características de una capa convolucional impulsan la puntuación de la clase.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="52"/>
        <source>How much the score drops when a square of the image is covered.</source>
        <translation>Cuánto baja la puntuación cuando se tapa un cuadrado de la imagen.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="54"/>
        <source>A simple local model fitted to the network&apos;s answers when parts of the input are switched off.</source>
        <translation>Un modelo local sencillo ajustado a las respuestas de la red cuando se apagan partes de la entrada.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="56"/>
        <source>Shapley values: each part&apos;s fair share of the score change from the baseline.</source>
        <translation>Valores de Shapley: la parte justa de cada elemento en el cambio de puntuación desde la referencia.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="58"/>
        <source>What a layer outputs for this sample.</source>
        <translation>Lo que produce una capa para esta muestra.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="60"/>
        <source>A layer&apos;s outputs over many samples, reduced to two dimensions.</source>
        <translation>Las salidas de una capa sobre muchas muestras, reducidas a dos dimensiones.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="62"/>
        <source>How each step of a sequence spreads its attention over the steps, per head.</source>
        <translation>Cómo reparte cada paso de una secuencia su atención entre los pasos, por cabeza.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="64"/>
        <source>Attention followed through every layer, with the residual connections.</source>
        <translation>La atención seguida a través de todas las capas, con las conexiones residuales.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="73"/>
        <source>Zeros</source>
        <translation>Ceros</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="75"/>
        <source>Mean of the training data</source>
        <translation>Media de los datos de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="77"/>
        <source>Blurred sample</source>
        <translation>Muestra difuminada</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="91"/>
        <source>the %1 baseline</source>
        <translation>la línea base %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="95"/>
        <source>The network has not been compiled.</source>
        <translation>La red no se ha compilado.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="97"/>
        <source>Explanations need a network with exactly one input.</source>
        <translation>Las explicaciones necesitan una red con exactamente una entrada.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="99"/>
        <source>The network expects samples of %1, but this one is %2.</source>
        <translation>La red espera muestras de %1, pero esta es %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="101"/>
        <source>The network expects samples of %1, but these are %2.</source>
        <translation>La red espera muestras de %1, pero estas son %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="103"/>
        <source>The sample holds NaN or infinite values.</source>
        <translation>La muestra contiene valores NaN o infinitos.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="105"/>
        <source>%1 gave NaN or infinite values: the network&apos;s outputs are not finite for this sample.</source>
        <translation>%1 dio valores NaN o infinitos: las salidas de la red no son finitas para esta muestra.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="107"/>
        <source>Class %1 does not exist: the network&apos;s outputs are numbered 0 to %2.</source>
        <translation>La clase %1 no existe: las salidas de la red van de 0 a %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="109"/>
        <source>%1 needs a layer: choose one.</source>
        <translation>%1 necesita una capa: elija una.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="111"/>
        <source>The network has no layer named “%1”.</source>
        <translation>La red no tiene ninguna capa llamada «%1».</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="113"/>
        <source>Grad-CAM needs a layer with a channels x height x width output, but “%1” gives %2: choose a convolution or pooling layer.</source>
        <translation>Grad-CAM necesita una capa con salida canales x alto x ancho, pero «%1» da %2: elija una capa de convolución o de agrupación.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="117"/>
        <source>“%1” is not a multi-head attention layer.</source>
        <translation>«%1» no es una capa de atención multicabeza.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="119"/>
        <source>The network has no multi-head attention layer.</source>
        <translation>La red no tiene ninguna capa de atención multicabeza.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="121"/>
        <source>Attention layers of different lengths cannot be rolled out together.</source>
        <translation>No se pueden combinar en un rollout capas de atención de longitudes distintas.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="124"/>
        <source>A projection needs at least two samples.</source>
        <translation>Una proyección necesita al menos dos muestras.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="126"/>
        <source>The mean baseline needs the training split&apos;s mean sample: load the project&apos;s data, or choose the zeros baseline.</source>
        <translation>La línea base media necesita la muestra media del conjunto de entrenamiento: cargue los datos del proyecto o elija la línea base de ceros.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="129"/>
        <source>%1 needs an image input (channels x height x width), but the input is %2.</source>
        <translation>%1 necesita una entrada de imagen (canales x alto x ancho), pero la entrada es %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="131"/>
        <source>The occlusion window must be between 1 and %1 pixels, not %2.</source>
        <translation>La ventana de oclusión debe medir entre 1 y %1 píxeles, no %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="133"/>
        <source>The occlusion stride must be at least 1, not %1.</source>
        <translation>El paso de la oclusión debe ser al menos 1, no %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="135"/>
        <source>Integrated Gradients needs at least 1 step, not %1.</source>
        <translation>Integrated Gradients necesita al menos 1 paso, no %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="137"/>
        <source>%1 needs at least 2 samples, not %2.</source>
        <translation>%1 necesita al menos 2 muestras, no %2.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="139"/>
        <source>The number of superpixels must be at least 1, not %1.</source>
        <translation>El número de superpíxeles debe ser al menos 1, no %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="141"/>
        <source>SmoothGrad&apos;s noise must be zero or more, not %1.</source>
        <translation>El ruido de SmoothGrad debe ser cero o más, no %1.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ExplainTexts.cpp" line="143"/>
        <source>The explanation failed.</source>
        <translation>La explicación ha fallado.</translation>
    </message>
</context>
<context>
    <name>nw::ExportMenu</name>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="31"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="32"/>
        <source>&amp;Weights (.safetensors)…</source>
        <translation>&amp;Pesos (.safetensors)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="34"/>
        <source>&amp;ONNX…</source>
        <translation>&amp;ONNX…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="36"/>
        <source>&amp;PyTorch Project…</source>
        <translation>Proyecto de &amp;PyTorch…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="38"/>
        <source>Graph as &amp;Image (.png)…</source>
        <translation>Grafo como &amp;imagen (.png)…</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="50"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; vea el panel Problemas.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="65"/>
        <source>The network is empty.</source>
        <translation>La red está vacía.</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="80"/>
        <source>%1: the image could not be written</source>
        <translation>%1: no se pudo escribir la imagen</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="88"/>
        <source>weights.nwproj</source>
        <translation>pesos.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="90"/>
        <source>Export Weights</source>
        <translation>Exportar pesos</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="91"/>
        <source>Safetensors weights (*.safetensors)</source>
        <translation>Pesos safetensors (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="94"/>
        <source>Cannot export the weights</source>
        <translation>No se pueden exportar los pesos</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="107"/>
        <location filename="../app/gui/ExportMenu.cpp" line="165"/>
        <source>network.nwproj</source>
        <translation>red.nwproj</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>Export ONNX Model</source>
        <translation>Exportar modelo ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="110"/>
        <source>ONNX models (*.onnx)</source>
        <translation>Modelos ONNX (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="117"/>
        <source>Cannot export the ONNX model</source>
        <translation>No se puede exportar el modelo ONNX</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="119"/>
        <source>Exported the ONNX model %1</source>
        <translation>Modelo ONNX %1 exportado</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="144"/>
        <source>Export PyTorch Project into a Folder</source>
        <translation>Exportar el proyecto de PyTorch a una carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="153"/>
        <source>Cannot export the PyTorch project</source>
        <translation>No se puede exportar el proyecto de PyTorch</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="155"/>
        <source>Exported the PyTorch project to %1</source>
        <translation>Proyecto de PyTorch exportado a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="157"/>
        <source>Exported the PyTorch project to %1 without data/: the dataset could not be read</source>
        <translation>Proyecto de PyTorch exportado a %1 sin data/: no se pudo leer el conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>Export Graph Image</source>
        <translation>Exportar imagen del grafo</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="169"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/gui/ExportMenu.cpp" line="172"/>
        <source>Cannot export the image</source>
        <translation>No se puede exportar la imagen</translation>
    </message>
</context>
<context>
    <name>nw::FeatureContributionBars</name>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="53"/>
        <source>%n other features</source>
        <translation>
            <numerusform>%n característica más</numerusform>
            <numerusform>%n características más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureContributionBars.cpp" line="54"/>
        <source>feature %1</source>
        <translation>característica %1</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapGrid</name>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="153"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapGrid.cpp" line="159"/>
        <source>Channel %1: largest value %2</source>
        <translation>Canal %1: valor máximo %2</translation>
    </message>
</context>
<context>
    <name>nw::FeatureMapsPage</name>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="23"/>
        <source>The layer whose output is shown.</source>
        <translation>La capa cuya salida se muestra.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="33"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="41"/>
        <source>Open a sample to see what each layer makes of it.</source>
        <translation>Abra una muestra para ver qué hace cada capa con ella.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="79"/>
        <source>%1 for %2: %n channels of %3×%4, one colour scale for all.</source>
        <translation>
            <numerusform>%1 para %2: %n canal de %3×%4, una escala de color para todos.</numerusform>
            <numerusform>%1 para %2: %n canales de %3×%4, una escala de color para todos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="84"/>
        <source>%1 for %2: %n values.</source>
        <translation>
            <numerusform>%1 para %2: %n valor.</numerusform>
            <numerusform>%1 para %2: %n valores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/explain/FeatureMapsPage.cpp" line="86"/>
        <source>The first %1 are shown.</source>
        <translation>Se muestran los primeros %1.</translation>
    </message>
</context>
<context>
    <name>nw::GraphEditorWidget</name>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="53"/>
        <source>The lesson keeps the network&apos;s connections as they are.</source>
        <translation>La lección mantiene las conexiones de la red tal como están.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="58"/>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="72"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="73"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="98"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="100"/>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="198"/>
        <source>Cut</source>
        <translation>Cortar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="101"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="102"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="104"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="105"/>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="107"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="108"/>
        <source>Show the whole network</source>
        <translation>Mostrar toda la red</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="109"/>
        <source>Arrange</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="110"/>
        <source>Lay the network out from left to right</source>
        <translation>Disponer la red de izquierda a derecha</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="112"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="113"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="117"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="118"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="119"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphEditorWidget.cpp" line="120"/>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
</context>
<context>
    <name>nw::GraphView</name>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>1 layer</source>
        <translation>1 capa</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="63"/>
        <source>%1 layers</source>
        <translation>%1 capas</translation>
    </message>
    <message>
        <location filename="../widgets/graph/GraphView.cpp" line="65"/>
        <source>%1 parameters</source>
        <translation>%1 parámetros</translation>
    </message>
</context>
<context>
    <name>nw::HelpMenu</name>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="19"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="20"/>
        <source>&amp;Layer Reference</source>
        <translation>&amp;Referencia de capas</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="23"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="26"/>
        <source>&amp;About Netwright</source>
        <translation>A&amp;cerca de Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="57"/>
        <source>About Netwright</source>
        <translation>Acerca de Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/HelpMenu.cpp" line="58"/>
        <source>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;A workbench for building, training and inspecting neural networks.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and Eigen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Netwright %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para construir, entrenar e inspeccionar redes neuronales.&lt;/p&gt;&lt;p&gt;Hecho con Qt %2 y Eigen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nw::ImportWeightsDialog</name>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="30"/>
        <source>loaded</source>
        <translation>cargado</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="31"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="33"/>
        <source>shape mismatch: %1 vs %2</source>
        <translation>forma distinta: %1 frente a %2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="47"/>
        <source>Import Weights</source>
        <translation>Importar pesos</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="49"/>
        <source>Weights from &lt;b&gt;%1&lt;/b&gt;, matched to this network by node id. Only the nodes marked loaded change; the others keep their weights.</source>
        <translation>Pesos de &lt;b&gt;%1&lt;/b&gt;, asignados a esta red por el id del nodo. Solo cambian los nodos marcados como cargados; los demás conservan sus pesos.</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="57"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="65"/>
        <source>The file has no tensor %1.%2</source>
        <translation>El archivo no tiene el tensor %1.%2</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="68"/>
        <source>%1 is %2 in the file but %3 in this network</source>
        <translation>%1 es %2 en el archivo pero %3 en esta red</translation>
    </message>
    <message>
        <location filename="../app/gui/ImportWeightsDialog.cpp" line="77"/>
        <source>%1 loaded, %2 skipped, %3 with another shape</source>
        <translation>%1 cargados, %2 omitidos, %3 con otra forma</translation>
    </message>
</context>
<context>
    <name>nw::KeyboardShortcutsDialog</name>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="41"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../app/gui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>nw::LatentScatter</name>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="124"/>
        <source>%1, unit 1</source>
        <translation>%1, unidad 1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/LatentScatter.cpp" line="129"/>
        <source>%1, unit 2</source>
        <translation>%1, unidad 2</translation>
    </message>
</context>
<context>
    <name>nw::LayerPalette</name>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="45"/>
        <source>Search layers</source>
        <translation>Buscar capas</translation>
    </message>
    <message>
        <location filename="../widgets/graph/LayerPalette.cpp" line="82"/>
        <source>Blocks</source>
        <translation>Bloques</translation>
    </message>
</context>
<context>
    <name>nw::LayerReferenceDialog</name>
    <message>
        <location filename="../app/gui/LayerReferenceDialog.cpp" line="16"/>
        <source>Layer Reference</source>
        <translation>Referencia de capas</translation>
    </message>
</context>
<context>
    <name>nw::LessonController</name>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="52"/>
        <source>The lesson could not measure the test accuracy: %1</source>
        <translation>La lección no pudo medir la precisión de prueba: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="67"/>
        <source>Stop training before opening a lesson.</source>
        <translation>Detén el entrenamiento antes de abrir una lección.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="99"/>
        <source>Opened the lesson “%1”.</source>
        <translation>Lección «%1» abierta.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="114"/>
        <source>Closed the lesson; nothing is locked now.</source>
        <translation>Lección cerrada; ya no hay nada bloqueado.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="125"/>
        <source>Stop training before going to a step that opens another network.</source>
        <translation>Detén el entrenamiento antes de ir a un paso que abre otra red.</translation>
    </message>
    <message>
        <location filename="../app/gui/LessonController.cpp" line="235"/>
        <source>the network has problems</source>
        <translation>la red tiene problemas</translation>
    </message>
</context>
<context>
    <name>nw::LessonDock</name>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="18"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="21"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="22"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="40"/>
        <source>Close Lesson</source>
        <translation>Cerrar lección</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="42"/>
        <source>Leave the lesson: every lock is lifted and the network stays as it is</source>
        <translation>Salir de la lección: se levantan todos los bloqueos y la red queda como está</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="81"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Reached</source>
        <translation>Alcanzado</translation>
    </message>
    <message>
        <location filename="../widgets/lesson/LessonDock.cpp" line="94"/>
        <source>Not reached yet</source>
        <translation>Aún no alcanzado</translation>
    </message>
</context>
<context>
    <name>nw::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="165"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="169"/>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="174"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="178"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="190"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="203"/>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="214"/>
        <source>Decision boundary</source>
        <translation>Frontera de decisión</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="227"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="244"/>
        <source>Step Through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="262"/>
        <source>Compress</source>
        <translation>Comprimir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="270"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="297"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="305"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="309"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="311"/>
        <source>Open &amp;Lesson</source>
        <translation>Abrir &amp;lección</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="326"/>
        <source>From a &amp;File…</source>
        <translation>Desde un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="328"/>
        <source>Open a lesson (*.nwlesson): steps to read, goals to reach, settings the teacher locked</source>
        <translation>Abrir una lección (*.nwlesson): pasos para leer, objetivos que alcanzar, ajustes que el docente bloqueó</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="329"/>
        <source>Open &amp;Example</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="340"/>
        <source>Example &amp;Gallery…</source>
        <translation>&amp;Galería de ejemplos…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="341"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="348"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="349"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="350"/>
        <source>Save as &amp;Lesson…</source>
        <translation>Guardar como &amp;lección…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="351"/>
        <source>Make a lesson of this project: steps to read, locks and goals (*.nwlesson)</source>
        <translation>Hacer una lección de este proyecto: pasos, bloqueos y objetivos (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="354"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="355"/>
        <source>&amp;ONNX Model…</source>
        <translation>Modelo &amp;ONNX…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="360"/>
        <source>Import &amp;Weights…</source>
        <translation>Importar &amp;pesos…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="362"/>
        <source>Start from another network&apos;s weights: a project or a .safetensors file, matched node by node</source>
        <translation>Empezar con los pesos de otra red: un proyecto o un archivo .safetensors, asignados nodo a nodo</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="364"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="370"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="371"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="374"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="382"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="390"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="394"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="397"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="400"/>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="416"/>
        <source>&amp;Train</source>
        <translation>E&amp;ntrenar</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="448"/>
        <source>Training ended: %1</source>
        <translation>Entrenamiento terminado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="452"/>
        <source>Training failed.</source>
        <translation>El entrenamiento ha fallado.</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="454"/>
        <source>Training failed</source>
        <translation>El entrenamiento ha fallado</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="463"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="464"/>
        <source>%1[*] — Netwright</source>
        <translation>%1[*] — Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="565"/>
        <source>Save as Lesson</source>
        <translation>Guardar como lección</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="566"/>
        <source>Netwright lessons (*.nwlesson)</source>
        <translation>Lecciones de Netwright (*.nwlesson)</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="571"/>
        <source>Saved the lesson %1</source>
        <translation>Lección %1 guardada</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="574"/>
        <source>Cannot save the lesson</source>
        <translation>No se puede guardar la lección</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="584"/>
        <source>Restart Netwright</source>
        <translation>Reiniciar Netwright</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="585"/>
        <source>The new language applies when Netwright starts again. Restart now?</source>
        <translation>El nuevo idioma se aplica cuando Netwright se inicia de nuevo. ¿Reiniciar ahora?</translation>
    </message>
</context>
<context>
    <name>nw::MatrixHeatmap</name>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="23"/>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="24"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location filename="../widgets/attention/MatrixHeatmap.cpp" line="180"/>
        <source>%1 %2 “%3”, %4 %5 “%6”: %7</source>
        <extracomment>Hover text of a heatmap cell: &quot;query 3 “a”, key 5 “b”: 0.2310&quot; (axis name, number, token; twice; the value)</extracomment>
        <translation>%1 %2 «%3», %4 %5 «%6»: %7</translation>
    </message>
</context>
<context>
    <name>nw::NetworkGraphModel</name>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="95"/>
        <location filename="../core/model/NetworkGraphModel.cpp" line="97"/>
        <source>there is no node &apos;%1&apos;</source>
        <translation>no hay ningún nodo «%1»</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="99"/>
        <source>a node cannot feed its own input</source>
        <translation>un nodo no puede alimentar su propia entrada</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="101"/>
        <source>there is no input port %1</source>
        <translation>no hay ningún puerto de entrada %1</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="105"/>
        <source>%1 &apos;%2&apos; takes no inputs</source>
        <translation>%1 «%2» no admite entradas</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="108"/>
        <source>%1 &apos;%2&apos; has a single input port</source>
        <translation>%1 «%2» tiene un solo puerto de entrada</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="109"/>
        <source>%1 &apos;%2&apos; has input ports 0 to %3, not %4</source>
        <translation>%1 «%2» tiene los puertos de entrada 0 a %3, no %4</translation>
    </message>
    <message>
        <location filename="../core/model/NetworkGraphModel.cpp" line="113"/>
        <source>input %1 of &apos;%2&apos; is already connected to &apos;%3&apos;</source>
        <translation>la entrada %1 de «%2» ya está conectada a «%3»</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsHover</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="73"/>
        <source>%1: what each unit outputs over the plane</source>
        <translation>%1: lo que produce cada unidad sobre el plano</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsHover.cpp" line="75"/>
        <source>Train the network to see what each unit of this layer responds to.</source>
        <translation>Entrene la red para ver a qué responde cada unidad de esta capa.</translation>
    </message>
</context>
<context>
    <name>nw::NeuronFieldsPopup</name>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="39"/>
        <source>The first %1 of %2 units. Orange: negative, blue: positive.</source>
        <translation>Las primeras %1 de %2 unidades. Naranja: negativo, azul: positivo.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/NeuronFieldsPopup.cpp" line="40"/>
        <source>Orange: negative, blue: positive.</source>
        <translation>Naranja: negativo, azul: positivo.</translation>
    </message>
</context>
<context>
    <name>nw::NodeInspector</name>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="69"/>
        <source>Select a layer to see and edit its parameters.</source>
        <translation>Seleccione una capa para ver y editar sus parámetros.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="75"/>
        <source>Trainable</source>
        <translation>Entrenable</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="101"/>
        <source>L1 penalty on this layer&apos;s weights: pushes small weights to exactly zero</source>
        <translation>Penalización L1 sobre los pesos de esta capa: lleva los pesos pequeños exactamente a cero</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="102"/>
        <source>L2 penalty (weight decay) on this layer&apos;s weights: keeps weights small</source>
        <translation>Penalización L2 (decaimiento de pesos) sobre los pesos de esta capa: mantiene los pesos pequeños</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="103"/>
        <source>Untick to freeze this layer&apos;s weights during training</source>
        <translation>Desmarque para congelar los pesos de esta capa durante el entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="105"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="108"/>
        <source>L1</source>
        <translation>L1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="109"/>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="111"/>
        <source>Compiled</source>
        <translation>Compilado</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="113"/>
        <source>Output shape</source>
        <translation>Forma de salida</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="114"/>
        <location filename="../widgets/graph/NodeInspector.cpp" line="123"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="115"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="117"/>
        <source>Imported: from File &gt; Import Weights; trained: by a run or from the project&apos;s weights file; initial: drawn from the seed. Start keeps imported and trained weights.</source>
        <translation>Importados: con Archivo &gt; Importar pesos; entrenados: por una ejecución o del archivo de pesos del proyecto; iniciales: sacados de la semilla. Iniciar conserva los pesos importados y entrenados.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="210"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="211"/>
        <source>This layer type is unknown to this version of Netwright.</source>
        <translation>Esta versión de Netwright no conoce este tipo de capa.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="223"/>
        <source>This layer has no parameters.</source>
        <translation>Esta capa no tiene parámetros.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="276"/>
        <source>e.g. 1x28x28</source>
        <translation>p. ej. 1x28x28</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="338"/>
        <source>not compiled yet</source>
        <translation>aún no compilado</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="343"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="357"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="359"/>
        <source>imported</source>
        <translation>importados</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="360"/>
        <source>trained</source>
        <translation>entrenados</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeInspector.cpp" line="363"/>
        <source>initial (from the seed)</source>
        <translation>iniciales (de la semilla)</translation>
    </message>
</context>
<context>
    <name>nw::NodeItem</name>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="45"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="74"/>
        <source>no %1</source>
        <translation>sin %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="124"/>
        <source>frozen</source>
        <translation>congelada</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="145"/>
        <source>%1 params</source>
        <translation>%1 parám.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/NodeItem.cpp" line="167"/>
        <source>%1 · output</source>
        <translation>%1 · salida</translation>
    </message>
</context>
<context>
    <name>nw::PathEdit</name>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="20"/>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../widgets/panels/PathEdit.cpp" line="22"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
</context>
<context>
    <name>nw::PrecisionRecallPanel</name>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="73"/>
        <source>Macro average precision %1</source>
        <translation>Precisión media macro %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="89"/>
        <source>Precision-recall curves are for classifiers with at least two classes.</source>
        <translation>Las curvas de precisión-exhaustividad son para clasificadores con al menos dos clases.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="90"/>
        <source>Evaluate the trained model to see its precision-recall curves.</source>
        <translation>Evalúe el modelo entrenado para ver sus curvas de precisión-exhaustividad.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="99"/>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="102"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="105"/>
        <source>Micro average (AP %1)</source>
        <translation>Media micro (AP %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="108"/>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="109"/>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="140"/>
        <source>none (recall 0)</source>
        <translation>ninguno (exhaustividad 0)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/PrecisionRecallPanel.cpp" line="142"/>
        <source>%1
Threshold: %2
Precision: %3
Recall: %4</source>
        <translation>%1
Umbral: %2
Precisión: %3
Exhaustividad: %4</translation>
    </message>
</context>
<context>
    <name>nw::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="17"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="19"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="25"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/PreferencesDialog.cpp" line="26"/>
        <source>A new language applies when Netwright starts again.</source>
        <translation>Un idioma nuevo se aplica cuando Netwright se inicia de nuevo.</translation>
    </message>
</context>
<context>
    <name>nw::PresentationMode</name>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="18"/>
        <source>&amp;Presentation Mode</source>
        <translation>Modo de &amp;presentación</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="19"/>
        <source>&amp;Colour-Blind-Safe Colours</source>
        <translation>&amp;Colores aptos para daltónicos</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="25"/>
        <source>Larger text, thicker lines, high-contrast colours and only the main views: for a projector</source>
        <translation>Texto más grande, líneas más gruesas, colores de alto contraste y solo las vistas principales: para un proyector</translation>
    </message>
    <message>
        <location filename="../app/gui/PresentationMode.cpp" line="32"/>
        <source>Class colours that stay distinct with red-green or blue-yellow colour blindness (Okabe-Ito)</source>
        <translation>Colores de clase que siguen distinguiéndose con daltonismo rojo-verde o azul-amarillo (Okabe-Ito)</translation>
    </message>
</context>
<context>
    <name>nw::ProblemsPanel</name>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="51"/>
        <source>Click to show &apos;%1&apos; in the editor</source>
        <translation>Haga clic para mostrar «%1» en el editor</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No problems: every shape fits.</source>
        <translation>Sin problemas: todas las formas encajan.</translation>
    </message>
    <message>
        <location filename="../widgets/graph/ProblemsPanel.cpp" line="58"/>
        <source>No network open.</source>
        <translation>No hay ninguna red abierta.</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionPage</name>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="17"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="22"/>
        <source>The layer whose outputs are projected.</source>
        <translation>La capa cuyas salidas se proyectan.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="23"/>
        <source>Project the layer again with the current weights.</source>
        <translation>Volver a proyectar la capa con los pesos actuales.</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="26"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionPage.cpp" line="45"/>
        <source>Where the test samples lie in a hidden layer&apos;s space: each cluster is what the layer groups together.</source>
        <translation>Dónde quedan las muestras de prueba en el espacio de una capa oculta: cada grupo es lo que la capa junta.</translation>
    </message>
</context>
<context>
    <name>nw::ProjectionScatter</name>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="169"/>
        <source>PC 1 (%1% of the variance)</source>
        <translation>CP 1 (%1 % de la varianza)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="174"/>
        <source>PC 2 (%1% of the variance)</source>
        <translation>CP 2 (%1 % de la varianza)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="231"/>
        <source>wrong (%1)</source>
        <translation>errónea (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="249"/>
        <source>True: %1</source>
        <translation>Real: %1</translation>
    </message>
    <message>
        <location filename="../widgets/explain/ProjectionScatter.cpp" line="251"/>
        <source>Predicted: %1</source>
        <translation>Predicha: %1</translation>
    </message>
</context>
<context>
    <name>nw::RecentFiles</name>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="75"/>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <location filename="../app/gui/RecentFiles.cpp" line="79"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionGallery</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="117"/>
        <source>Evaluate an autoencoder (data with task=reconstruction) to see its inputs beside its reconstructions.</source>
        <translation>Evalúe un autocodificador (datos con task=reconstruction) para ver sus entradas junto a sus reconstrucciones.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionGallery.cpp" line="139"/>
        <source>#%1 · error %2
sample %3</source>
        <translation>#%1 · error %2
muestra %3</translation>
    </message>
</context>
<context>
    <name>nw::ReconstructionPanel</name>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="30"/>
        <source>◀ Worse</source>
        <translation>◀ Peores</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="31"/>
        <source>Better ▶</source>
        <translation>Mejores ▶</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="41"/>
        <source>The previous page: samples reconstructed worse</source>
        <translation>La página anterior: muestras peor reconstruidas</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="42"/>
        <source>The next page: samples reconstructed better</source>
        <translation>La página siguiente: muestras mejor reconstruidas</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="49"/>
        <source>Click anywhere on the latent space: the decoder turns that point into an image.</source>
        <translation>Haga clic en cualquier punto del espacio latente: el decodificador convierte ese punto en una imagen.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="50"/>
        <source>Each evaluated sample at its 2-unit bottleneck code, coloured by class. Click to decode a point.</source>
        <translation>Cada muestra evaluada en su código del cuello de botella de 2 unidades, coloreada por clase. Haga clic para decodificar un punto.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="111"/>
        <source>The latent space is drawn for a chain of layers with a bottleneck: a layer narrower than both the input and the output.</source>
        <translation>El espacio latente se dibuja para una cadena de capas con un cuello de botella: una capa más estrecha que la entrada y la salida.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="115"/>
        <source>The latent space is drawn for a bottleneck of 2 units. This network&apos;s narrowest layer, &apos;%1&apos;, holds %2 values.</source>
        <translation>El espacio latente se dibuja para un cuello de botella de 2 unidades. La capa más estrecha de esta red, &apos;%1&apos;, tiene %2 valores.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="127"/>
        <source>Evaluate to see how well the network gives its inputs back.</source>
        <translation>Evalúe para ver lo bien que la red devuelve sus entradas.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="130"/>
        <source>This data is not reconstruction data: set task=reconstruction in the dataset spec to train an autoencoder.</source>
        <translation>Estos datos no son de reconstrucción: ponga task=reconstruction en la especificación del conjunto de datos para entrenar un autocodificador.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="135"/>
        <source>Reconstruction error (mean squared error per value): mean %1, worst %2, best %3; samples: %4.</source>
        <translation>Error de reconstrucción (error cuadrático medio por valor): media %1, peor %2, mejor %3; muestras: %4.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="141"/>
        <source>Denoising: each cell shows the noisy input (std %1), the reconstruction and the clean target.</source>
        <translation>Eliminación de ruido: cada celda muestra la entrada con ruido (desviación %1), la reconstrucción y el objetivo limpio.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="144"/>
        <source>Each cell shows the input and its reconstruction.</source>
        <translation>Cada celda muestra la entrada y su reconstrucción.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="153"/>
        <source>Page %1 of %2, worst first</source>
        <translation>Página %1 de %2, las peores primero</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/ReconstructionPanel.cpp" line="202"/>
        <source>The decoder&apos;s image for the point (%1, %2) of the latent space.</source>
        <translation>La imagen del decodificador para el punto (%1, %2) del espacio latente.</translation>
    </message>
</context>
<context>
    <name>nw::RecurrentPage</name>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="44"/>
        <source>Input gate i</source>
        <translation>Puerta de entrada i</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="46"/>
        <source>Forget gate f</source>
        <translation>Puerta de olvido f</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="48"/>
        <source>Cell candidate g</source>
        <translation>Candidato de celda g</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="50"/>
        <source>Output gate o</source>
        <translation>Puerta de salida o</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="53"/>
        <source>Reset gate r</source>
        <translation>Puerta de reinicio r</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="55"/>
        <source>Update gate z</source>
        <translation>Puerta de actualización z</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="57"/>
        <source>Candidate n</source>
        <translation>Candidato n</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="73"/>
        <source>The recurrent layer whose states are shown</source>
        <translation>La capa recurrente cuyos estados se muestran</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="75"/>
        <source>Layer:</source>
        <translation>Capa:</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="87"/>
        <source>Rows are units, columns the sample&apos;s steps: blue below zero, red above. Hover a cell for its value.</source>
        <translation>Las filas son unidades y las columnas los pasos de la muestra: azul por debajo de cero, rojo por encima. Pase el ratón sobre una celda para ver su valor.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="96"/>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="175"/>
        <source>Open a sample of a network with SimpleRNN, LSTM or GRU layers to see its states step by step.</source>
        <translation>Abra una muestra de una red con capas SimpleRNN, LSTM o GRU para ver sus estados paso a paso.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="162"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="174"/>
        <source>This network has no recurrent layer.</source>
        <translation>Esta red no tiene ninguna capa recurrente.</translation>
    </message>
    <message>
        <location filename="../widgets/attention/RecurrentPage.cpp" line="199"/>
        <source>Hidden state h of %1 (%2): units x steps</source>
        <translation>Estado oculto h de %1 (%2): unidades x pasos</translation>
    </message>
</context>
<context>
    <name>nw::RocPanel</name>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="78"/>
        <source>Samples whose probability of the positive class reaches the threshold are predicted positive.</source>
        <translation>Las muestras cuya probabilidad de la clase positiva alcanza el umbral se predicen como positivas.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="131"/>
        <source>ROC curves are for classifiers with at least two classes.</source>
        <translation>Las curvas ROC son para clasificadores con al menos dos clases.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="132"/>
        <source>Evaluate the trained model to see its ROC curves.</source>
        <translation>Evalúe el modelo entrenado para ver sus curvas ROC.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="140"/>
        <source>%1 vs %2 (AUC %3)</source>
        <translation>%1 frente a %2 (AUC %3)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="144"/>
        <source>%1 (AUC %2)</source>
        <translation>%1 (AUC %2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="146"/>
        <source>Micro average (AUC %1)</source>
        <translation>Media micro (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="148"/>
        <source>Macro average (AUC %1)</source>
        <translation>Media macro (AUC %1)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="172"/>
        <source>False positive rate</source>
        <translation>Tasa de falsos positivos</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="173"/>
        <source>True positive rate</source>
        <translation>Tasa de verdaderos positivos</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="178"/>
        <source>Chance</source>
        <translation>Azar</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="207"/>
        <source>Operating point</source>
        <translation>Punto de operación</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="225"/>
        <source>averaged, no single threshold</source>
        <translation>promediada, sin un único umbral</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="228"/>
        <source>above every score</source>
        <translation>por encima de cualquier puntuación</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="230"/>
        <source>%1
Threshold: %2
TPR: %3
FPR: %4</source>
        <translation>%1
Umbral: %2
TPR: %3
FPR: %4</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/RocPanel.cpp" line="267"/>
        <source>Threshold on P(%1): %2 — TPR %3, FPR %4</source>
        <translation>Umbral sobre P(%1): %2 — TPR %3, FPR %4</translation>
    </message>
</context>
<context>
    <name>nw::RunTimeline</name>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="16"/>
        <source>Branch from Here</source>
        <translation>Ramificar desde aquí</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="23"/>
        <source>Rewind the model to an epoch of this run: the boundary, the evaluation and the explanations show it as it was then</source>
        <translation>Rebobinar el modelo a una época de esta ejecución: la frontera, la evaluación y las explicaciones lo muestran como era entonces</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="30"/>
        <source>Start a new run from the weights of the epoch shown, with the settings as they are now; it is kept as a branch of this run</source>
        <translation>Iniciar una nueva ejecución desde los pesos de la época mostrada, con los ajustes actuales; se guarda como rama de esta ejecución</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="90"/>
        <source>%1: epoch %2 (its end)</source>
        <translation>%1: época %2 (su final)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/RunTimeline.cpp" line="91"/>
        <source>%1: rewound to epoch %2 of %3</source>
        <translation>%1: rebobinada a la época %2 de %3</translation>
    </message>
</context>
<context>
    <name>nw::RunsController</name>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="137"/>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="145"/>
        <location filename="../app/gui/RunsController.cpp" line="222"/>
        <source>The run could not be kept in runs/: %1</source>
        <translation>No se pudo guardar la ejecución en runs/: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="211"/>
        <source>A run could not be read: %1</source>
        <translation>No se pudo leer una ejecución: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="233"/>
        <source>Epoch %1 of this run was not kept.</source>
        <translation>La época %1 de esta ejecución no se guardó.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="238"/>
        <source>The model cannot be rewound while training runs.</source>
        <translation>No se puede rebobinar el modelo mientras se entrena.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="246"/>
        <source>The model is as %1 left it at epoch %2.</source>
        <translation>El modelo está como lo dejó %1 en la época %2.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="270"/>
        <source>A run needs a name.</source>
        <translation>Una ejecución necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="295"/>
        <source>Kept epochs for rewinding: %1 (at most %2 per run, %3 in all).</source>
        <translation>Épocas guardadas para rebobinar: %1 (como máximo %2 por ejecución, %3 en total).</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="309"/>
        <source>%1&apos;s epochs were let go to keep memory bounded (newer runs keep theirs): only its final weights are kept, in runs/.</source>
        <translation>Las épocas de %1 se liberaron para limitar la memoria (las ejecuciones más recientes conservan las suyas): solo se guardan sus pesos finales, en runs/.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="312"/>
        <source>%1 was trained before the project was opened: only its final weights are kept, in runs/.</source>
        <translation>%1 se entrenó antes de abrir el proyecto: solo se guardan sus pesos finales, en runs/.</translation>
    </message>
    <message>
        <location filename="../app/gui/RunsController.cpp" line="314"/>
        <source>Train the network: every run is kept, and this timeline rewinds it epoch by epoch.</source>
        <translation>Entrene la red: cada ejecución se guarda, y esta línea de tiempo la rebobina época a época.</translation>
    </message>
</context>
<context>
    <name>nw::RunsPanel</name>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="25"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="27"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="66"/>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Val. acc.</source>
        <translation>Prec. val.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Test acc.</source>
        <translation>Prec. prueba</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="67"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="68"/>
        <source>Overlay this run&apos;s curves on the charts</source>
        <translation>Superponer las curvas de esta ejecución en los gráficos</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="69"/>
        <source>The run and epoch this run continued from</source>
        <translation>La ejecución y la época desde las que continuó esta ejecución</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="122"/>
        <source>%1 (double-click to rename)</source>
        <translation>%1 (doble clic para renombrar)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="123"/>
        <source>Not saved yet: kept in runs/ beside the project when it is saved.</source>
        <translation>Aún sin guardar: se guarda en runs/ junto al proyecto cuando este se guarda.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="126"/>
        <source>%1, epoch %2</source>
        <translation>%1, época %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="138"/>
        <source>No runs yet. Every training run is kept here with its settings and curves; tick Show to overlay runs on the charts, select two to compare them.</source>
        <translation>Aún no hay ejecuciones. Cada ejecución de entrenamiento se guarda aquí con sus ajustes y curvas; marque Mostrar para superponerlas en los gráficos y seleccione dos para compararlas.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="140"/>
        <source>%1 runs. Tick Show to overlay a run&apos;s curves; select two runs to compare them. %2</source>
        <translation>%1 ejecuciones. Marque Mostrar para superponer sus curvas; seleccione dos para compararlas. %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="170"/>
        <source>Select two runs to see the settings and figures in which they differ.</source>
        <translation>Seleccione dos ejecuciones para ver los ajustes y cifras en que difieren.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="172"/>
        <location filename="../widgets/panels/RunsPanel.cpp" line="183"/>
        <source>Setting or figure</source>
        <translation>Ajuste o cifra</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="180"/>
        <source>%1 and %2 ran with the same settings and ended alike.</source>
        <translation>%1 y %2 se ejecutaron con los mismos ajustes y terminaron igual.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/RunsPanel.cpp" line="182"/>
        <source>Where %1 and %2 differ:</source>
        <translation>En qué difieren %1 y %2:</translation>
    </message>
</context>
<context>
    <name>nw::SampleGallery</name>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="45"/>
        <source>Click a cell of the matrix to see its samples.</source>
        <translation>Haga clic en una celda de la matriz para ver sus muestras.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="78"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="79"/>
        <source>loss %1</source>
        <translation>pérdida %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="89"/>
        <source>Sample %1</source>
        <translation>Muestra %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="91"/>
        <source> (%1, #%2)</source>
        <translation> (%1, #%2)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="94"/>
        <source>True %1, predicted %2 (%3)</source>
        <translation>Real %1, predicha %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="96"/>
        <source>Loss %1</source>
        <translation>Pérdida %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/SampleGallery.cpp" line="100"/>
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n muestra</numerusform>
            <numerusform>%n muestras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleGallery.cpp" line="102"/>
        <source>, the %1 most confident shown</source>
        <translation>, se muestran las %1 más seguras</translation>
    </message>
</context>
<context>
    <name>nw::SampleInspector</name>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="33"/>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="34"/>
        <source>Why the network predicts what it does for this sample: open it in the Explain dock.</source>
        <translation>Por qué la red predice lo que predice para esta muestra: ábrala en el panel Explicar.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Feature</source>
        <translation>Característica</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="49"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="162"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="71"/>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="84"/>
        <source>Click a sample in a gallery, a confusion cell or the decision boundary to inspect it.</source>
        <translation>Haga clic en una muestra de una galería, en una celda de la matriz de confusión o en la frontera de decisión para inspeccionarla.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="120"/>
        <source>Sample %1 was not part of this evaluation.</source>
        <translation>La muestra %1 no formó parte de esta evaluación.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="130"/>
        <source>Sample %1 of the %2 split</source>
        <translation>Muestra %1 de la parte %2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="132"/>
        <source> — %1, #%2</source>
        <translation> — %1, #%2</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="150"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="151"/>
        <source>The sample&apos;s tokens and the ids the network sees, padding left out.</source>
        <translation>Los tokens de la muestra y los ids que ve la red, sin el relleno.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="170"/>
        <source>Values as the network sees them (tabular data is standardised).</source>
        <translation>Valores tal como los ve la red (los datos tabulares están estandarizados).</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="179"/>
        <source>&lt;span style=&apos;color:#2a7a2a&apos;&gt;correct&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#2a7a2a&apos;&gt;correcta&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="180"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;wrong&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;incorrecta&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="181"/>
        <source>True class: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt; (%3, %4)&lt;br&gt;Loss on this sample: %5</source>
        <translation>Clase real: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicha: &lt;b&gt;%2&lt;/b&gt; (%3, %4)&lt;br&gt;Pérdida en esta muestra: %5</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="194"/>
        <source>Every position is classified; the bars show position 1.&lt;br&gt;True: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicted: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 of %4 positions right</source>
        <translation>Se clasifica cada posición; las barras muestran la posición 1.&lt;br&gt;Verdadero: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Predicho: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 de %4 posiciones correctas</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/SampleInspector.cpp" line="215"/>
        <source>Predicted: %1&lt;br&gt;Loss on this sample (squared error): %2</source>
        <translation>Predicho: %1&lt;br&gt;Pérdida en esta muestra (error cuadrático): %2</translation>
    </message>
</context>
<context>
    <name>nw::SampleTableModel</name>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="38"/>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="24"/>
        <source>tokens (id)</source>
        <translation>tokens (id)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="25"/>
        <source>class per position</source>
        <translation>clase por posición</translation>
    </message>
    <message>
        <location filename="../widgets/panels/SampleTableModel.cpp" line="39"/>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
</context>
<context>
    <name>nw::SaveLessonDialog</name>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="43"/>
        <source>Hide the layer palette</source>
        <translation>Ocultar la paleta de capas</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="44"/>
        <source>Lock the network (no layer added, removed or reconnected)</source>
        <translation>Bloquear la red (no añadir, quitar ni reconectar capas)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="46"/>
        <source>Only these training settings may change:</source>
        <translation>Solo pueden cambiar estos ajustes de entrenamiento:</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="50"/>
        <source>Save as Lesson</source>
        <translation>Guardar como lección</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="54"/>
        <source>## First step
What to read and do…

## Second step
…</source>
        <translation>## Primer paso
Qué leer y hacer…

## Segundo paso
…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="56"/>
        <source>layer settings that stay editable, e.g. units, rate</source>
        <translation>ajustes de capa que siguen editables, p. ej. units, rate</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="66"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="70"/>
        <source>Read a Markdown File…</source>
        <translation>Leer un archivo Markdown…</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="72"/>
        <source>Add Goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="75"/>
        <source>Remove Goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="78"/>
        <source>Steps (each &quot;## Title&quot; starts one)</source>
        <translation>Pasos (cada «## Título» empieza uno)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="82"/>
        <source>Locks</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="89"/>
        <source>Goals the program checks</source>
        <translation>Objetivos que comprueba el programa</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="108"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Read a Markdown File</source>
        <translation>Leer un archivo Markdown</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="132"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="135"/>
        <source>Cannot read the file</source>
        <translation>No se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="188"/>
        <source>Accuracies as fractions: 0.95 is 95%</source>
        <translation>Precisiones como fracciones: 0.95 es 95 %</translation>
    </message>
    <message>
        <location filename="../app/gui/SaveLessonDialog.cpp" line="231"/>
        <source>Write the lesson&apos;s text first: each step starts with a line &quot;## Title&quot;.</source>
        <translation>Escribe primero el texto de la lección: cada paso empieza con una línea «## Título».</translation>
    </message>
</context>
<context>
    <name>nw::SparsityChart</name>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="39"/>
        <source>Pruned</source>
        <translation>Podado</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="40"/>
        <source>Fine-tuned</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="41"/>
        <source>int8</source>
        <translation>int8</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="49"/>
        <source>Magnitude pruning, no fine-tuning</source>
        <translation>Poda por magnitud, sin ajuste</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="51"/>
        <source>Sparsity (%)</source>
        <translation>Dispersión (%)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Accuracy (%)</source>
        <translation>Exactitud (%)</translation>
    </message>
    <message>
        <location filename="../widgets/compress/SparsityChart.cpp" line="69"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
</context>
<context>
    <name>nw::StepFormulas</name>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="30"/>
        <source>(%1 more terms)</source>
        <translation>(%1 términos más)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulaText.cpp" line="76"/>
        <source>%1 values: the formula for output %2 (the highlighted one); the strip shows them all.</source>
        <translation>%1 valores: la fórmula de la salida %2 (la resaltada); la franja los muestra todos.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="28"/>
        <source>Forward: %1</source>
        <translation>Hacia delante: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="30"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="32"/>
        <source>Backward: %1</source>
        <translation>Hacia atrás: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="34"/>
        <source>Update: %1</source>
        <translation>Actualización: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="113"/>
        <source>The sample enters the network: %1 values.</source>
        <translation>La muestra entra en la red: %1 valores.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="122"/>
        <source>Its class: %1</source>
        <translation>Su clase: %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="142"/>
        <source>%1 turns its input into %2 values; the strip and the card show them.</source>
        <translation>%1 convierte su entrada en %2 valores; la franja y la tarjeta los muestran.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="190"/>
        <source>&lt;b&gt;Dropout&lt;/b&gt; (training mode): each value is kept and scaled, or set to 0.</source>
        <translation>&lt;b&gt;Dropout&lt;/b&gt; (modo de entrenamiento): cada valor se conserva y se escala, o se pone a 0.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="191"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes every value on unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pasa cada valor sin cambios.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="263"/>
        <source>&lt;b&gt;Convolution&lt;/b&gt;: each output is the bias plus the sum over a %1×%2 window of all %3 input channels, weight times input.</source>
        <translation>&lt;b&gt;Convolución&lt;/b&gt;: cada salida es el sesgo más la suma, sobre una ventana de %1×%2 de los %3 canales de entrada, de peso por entrada.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="268"/>
        <source>Output channel %1, row %2, column %3 (highlighted):</source>
        <translation>Canal de salida %1, fila %2, columna %3 (resaltado):</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="289"/>
        <source>&lt;b&gt;Cross-entropy&lt;/b&gt;: softmax turns the scores into probabilities, and the loss is minus the log of the true class&apos;s probability.</source>
        <translation>&lt;b&gt;Entropía cruzada&lt;/b&gt;: softmax convierte las puntuaciones en probabilidades, y la pérdida es menos el logaritmo de la probabilidad de la clase verdadera.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="294"/>
        <source>True class: %1 (output %2)</source>
        <translation>Clase verdadera: %1 (salida %2)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="303"/>
        <source>With label smoothing ε = %1 the target keeps 1 − ε on the true class and spreads ε evenly over all %2 classes.</source>
        <translation>Con suavizado de etiquetas ε = %1 el objetivo conserva 1 − ε en la clase verdadera y reparte ε por igual entre las %2 clases.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="319"/>
        <source>&lt;b&gt;Mean squared error&lt;/b&gt;: the mean of the squared differences from the target.</source>
        <translation>&lt;b&gt;Error cuadrático medio&lt;/b&gt;: la media de las diferencias al cuadrado respecto al objetivo.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="323"/>
        <source>&lt;b&gt;Binary cross-entropy&lt;/b&gt; on the sigmoid of each score:</source>
        <translation>&lt;b&gt;Entropía cruzada binaria&lt;/b&gt; sobre la sigmoide de cada puntuación:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepFormulas.cpp" line="330"/>
        <source>Plus the L1/L2 penalty on the weights: %1; the loss trained on is %2.</source>
        <translation>Más la penalización L1/L2 de los pesos: %1; la pérdida con la que se entrena es %2.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="70"/>
        <source>The loss&apos;s gradient at the scores: the probability minus the smoothed target, %1 at the true class and %2 elsewhere (label smoothing %3).</source>
        <translation>El gradiente de la pérdida en las puntuaciones: la probabilidad menos el objetivo suavizado, %1 en la clase verdadera y %2 en las demás (suavizado de etiquetas %3).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="75"/>
        <source>The loss&apos;s gradient at the scores: the probability minus 1 at the true class, minus 0 elsewhere.</source>
        <translation>El gradiente de la pérdida en las puntuaciones: la probabilidad menos 1 en la clase verdadera, menos 0 en las demás.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="89"/>
        <source>The loss&apos;s gradient at the network&apos;s output:</source>
        <translation>El gradiente de la pérdida en la salida de la red:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="94"/>
        <source>The gradient that arrives at this node&apos;s output from the layers after it:</source>
        <translation>El gradiente que llega a la salida de este nodo desde las capas siguientes:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="101"/>
        <source>This is the gradient at the input: how the loss would change with each input value (what a saliency map shows).</source>
        <translation>Este es el gradiente en la entrada: cómo cambiaría la pérdida con cada valor de entrada (lo que muestra un mapa de saliencia).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="112"/>
        <source>&lt;b&gt;Chain rule for y = W·x + b&lt;/b&gt;: ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y.</source>
        <translation>&lt;b&gt;Regla de la cadena para y = W·x + b&lt;/b&gt;: ∂L/∂W = ∂L/∂y · xᵀ, ∂L/∂b = ∂L/∂y, ∂L/∂x = Wᵀ · ∂L/∂y.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="133"/>
        <source>&lt;b&gt;%1&lt;/b&gt; passes the gradient back unchanged, in the input&apos;s shape.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; devuelve el gradiente sin cambios, con la forma de la entrada.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="146"/>
        <source>&lt;b&gt;Chain rule&lt;/b&gt;: ∂L/∂x = ∂L/∂y · f′(x)</source>
        <translation>&lt;b&gt;Regla de la cadena&lt;/b&gt;: ∂L/∂x = ∂L/∂y · f′(x)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="148"/>
        <source>&lt;b&gt;Chain rule through tanh&lt;/b&gt;: ∂L/∂x = ∂L/∂y · (1 − y²)</source>
        <translation>&lt;b&gt;Regla de la cadena a través de tanh&lt;/b&gt;: ∂L/∂x = ∂L/∂y · (1 − y²)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="150"/>
        <source>&lt;b&gt;Chain rule through ReLU&lt;/b&gt;: the gradient passes where x &gt; 0 and stops elsewhere.</source>
        <translation>&lt;b&gt;Regla de la cadena a través de ReLU&lt;/b&gt;: el gradiente pasa donde x &gt; 0 y se detiene en lo demás.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="152"/>
        <source>&lt;b&gt;Chain rule through σ&lt;/b&gt;: ∂L/∂x = ∂L/∂y · y(1 − y)</source>
        <translation>&lt;b&gt;Regla de la cadena a través de σ&lt;/b&gt;: ∂L/∂x = ∂L/∂y · y(1 − y)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="163"/>
        <source>&lt;b&gt;Chain rule for a convolution&lt;/b&gt;: each weight&apos;s gradient sums ∂L/∂y times the input it met, over every position of the window; each bias&apos;s gradient sums ∂L/∂y over its channel.</source>
        <translation>&lt;b&gt;Regla de la cadena para una convolución&lt;/b&gt;: el gradiente de cada peso suma ∂L/∂y por la entrada que encontró, en cada posición de la ventana; el de cada sesgo suma ∂L/∂y sobre su canal.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="176"/>
        <source>%1: %2 gradients (the update stage shows them).</source>
        <translation>%1: %2 gradientes (la actualización los muestra).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="181"/>
        <source>Parameter gradients include the L1/L2 penalty&apos;s share and any clipping (the update uses them so).</source>
        <translation>Los gradientes de los parámetros incluyen la parte de la penalización L1/L2 y el recorte, si lo hay (así los usa la actualización).</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="194"/>
        <source>&lt;b&gt;SGD&lt;/b&gt;: each parameter moves against its gradient, by the learning rate %1.</source>
        <translation>&lt;b&gt;SGD&lt;/b&gt;: cada parámetro se mueve en contra de su gradiente, con la tasa de aprendizaje %1.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="197"/>
        <source>&lt;b&gt;SGD with momentum %1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;SGD con momento %1&lt;/b&gt;, tasa de aprendizaje %2:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="200"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, step t = %2, learning rate %3, β₁ = %4, β₂ = %5:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, paso t = %2, tasa de aprendizaje %3, β₁ = %4, β₂ = %5:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="208"/>
        <source>On the first step the moments start at 0, so each weight moves by about the learning rate, against the sign of its gradient.</source>
        <translation>En el primer paso los momentos parten de 0, así que cada peso se mueve aproximadamente la tasa de aprendizaje, en contra del signo de su gradiente.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="211"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, learning rate %2:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, tasa de aprendizaje %2:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="228"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepGradientFormulas.cpp" line="233"/>
        <source>The gradients were clipped: their norm %1 was above the limit.</source>
        <translation>Los gradientes se recortaron: su norma %1 superaba el límite.</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughController</name>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="36"/>
        <source>Previous Step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="37"/>
        <source>Next Step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="38"/>
        <source>Step Through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="49"/>
        <source>Walk one training step on the sample open in Explain through the network, node by node: forward, loss, backward, update</source>
        <translation>Recorrer nodo a nodo un paso de entrenamiento con la muestra abierta en Explicar: hacia delante, pérdida, hacia atrás, actualización</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="130"/>
        <source>Preparing the network…</source>
        <translation>Preparando la red…</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="134"/>
        <source>This sample (%1) does not fit the network&apos;s input (%2).</source>
        <translation>Esta muestra (%1) no encaja con la entrada de la red (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>untrained: the seed&apos;s initial weights</source>
        <translation>sin entrenar: los pesos iniciales de la semilla</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="170"/>
        <source>trained weights</source>
        <translation>pesos entrenados</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="181"/>
        <source>This sample cannot be stepped through: %1</source>
        <translation>No se puede recorrer esta muestra paso a paso: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="223"/>
        <source>Apply Step is off while the network trains.</source>
        <translation>«Aplicar paso» está desactivado mientras la red se entrena.</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="225"/>
        <source>The step was applied: the network&apos;s weights changed. Undo Apply puts back the weights of before.</source>
        <translation>Se aplicó el paso: los pesos de la red cambiaron. «Deshacer aplicación» devuelve los pesos de antes.</translation>
    </message>
    <message>
        <location filename="../app/gui/StepThroughController.cpp" line="227"/>
        <source>Apply Step writes this update into the network&apos;s weights, as one training step on this sample.</source>
        <translation>«Aplicar paso» escribe esta actualización en los pesos de la red, como un paso de entrenamiento con esta muestra.</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughOverlay</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughOverlay.cpp" line="113"/>
        <source>step of %1</source>
        <translation>paso de %1</translation>
    </message>
</context>
<context>
    <name>nw::StepThroughPanel</name>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="24"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="25"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="26"/>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="31"/>
        <source>Apply Step</source>
        <translation>Aplicar paso</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="32"/>
        <source>Undo Apply</source>
        <translation>Deshacer aplicación</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="39"/>
        <source>Evaluation mode</source>
        <translation>Modo de evaluación</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="40"/>
        <source>Training mode (dropout and batch statistics on)</source>
        <translation>Modo de entrenamiento (dropout y estadísticas del lote activos)</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="44"/>
        <source>largest</source>
        <translation>la mayor</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="45"/>
        <source>The output whose formula is written out when a layer has too many to show them all.</source>
        <translation>La salida cuya fórmula se escribe cuando una capa tiene demasiadas para mostrarlas todas.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="59"/>
        <source>Highlighted output:</source>
        <translation>Salida resaltada:</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="129"/>
        <source>Click a sample (the decision boundary, the confusion matrix&apos;s gallery, the dataset preview or the Sample dock) to walk one training step through the network.</source>
        <translation>Haga clic en una muestra (la frontera de decisión, la galería de la matriz de confusión, la vista previa del conjunto de datos o el panel Muestra) para recorrer un paso de entrenamiento por la red.</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="190"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../widgets/stepthrough/StepThroughPanel.cpp" line="208"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>nw::TokenSourcePage</name>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="39"/>
        <source>Lower-case the text first</source>
        <translation>Pasar el texto a minúsculas primero</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="49"/>
        <source>Parity of a bit string</source>
        <translation>Paridad de una cadena de bits</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="50"/>
        <source>Which of two tokens occurs more often</source>
        <translation>Cuál de dos tokens aparece más a menudo</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="51"/>
        <source>Reverse the sequence (a class per position)</source>
        <translation>Invertir la secuencia (una clase por posición)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="52"/>
        <source>Sort the sequence (a class per position)</source>
        <translation>Ordenar la secuencia (una clase por posición)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="53"/>
        <source>Task:</source>
        <translation>Tarea:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="54"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="71"/>
        <source>Length:</source>
        <translation>Longitud:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="55"/>
        <source>Samples:</source>
        <translation>Muestras:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="56"/>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="85"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="59"/>
        <source>Choose labelled texts</source>
        <translation>Elegir textos etiquetados</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="60"/>
        <source>Texts (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Textos (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="62"/>
        <source>A CSV table with a text column and a label column, or lines LABEL&lt;tab&gt;TEXT.</source>
        <translation>Una tabla CSV con una columna de texto y otra de etiqueta, o líneas ETIQUETA&lt;tab&gt;TEXTO.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="63"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Text column:</source>
        <translation>Columna de texto:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="64"/>
        <source>Empty: the first column that is not the label.</source>
        <translation>Vacío: la primera columna que no es la etiqueta.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Label column:</source>
        <translation>Columna de etiqueta:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="65"/>
        <source>Empty: the last column.</source>
        <translation>Vacío: la última columna.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="68"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="69"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="70"/>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="72"/>
        <source>Vocabulary:</source>
        <translation>Vocabulario:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="73"/>
        <source>So that &quot;The&quot; and &quot;the&quot; are one token.</source>
        <translation>Para que «The» y «the» sean un solo token.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="76"/>
        <source>Choose the folder of word lists</source>
        <translation>Elegir la carpeta de las listas de palabras</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="78"/>
        <source>Debian installs its word lists in /usr/share/dict.</source>
        <translation>Debian instala sus listas de palabras en /usr/share/dict.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="79"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="80"/>
        <source>Two or more, separated by commas: danish, dutch, english, french, german, italian, portuguese, spanish, swedish.</source>
        <translation>Dos o más, separados por comas: danish, dutch, english, french, german, italian, portuguese, spanish, swedish.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="83"/>
        <source>Words per language:</source>
        <translation>Palabras por idioma:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="84"/>
        <source>Longest word:</source>
        <translation>Palabra más larga:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="86"/>
        <source>German nouns start with a capital: lower-case them, or the model learns only that.</source>
        <translation>Los sustantivos alemanes empiezan con mayúscula: páselos a minúsculas o el modelo solo aprenderá eso.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TokenSourcePage.cpp" line="110"/>
        <source>every token</source>
        <translation>todos los tokens</translation>
    </message>
</context>
<context>
    <name>nw::TrainingChartsWidget</name>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="111"/>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="112"/>
        <source>Show the loss on a logarithmic axis, where late, small improvements stay visible</source>
        <translation>Mostrar la pérdida en un eje logarítmico, donde las pequeñas mejoras tardías siguen siendo visibles</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="116"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="117"/>
        <source>Save the charts as a picture, or the numbers behind them as CSV</source>
        <translation>Guardar las gráficas como imagen, o los números en que se basan como CSV</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="120"/>
        <source>Charts as PNG…</source>
        <translation>Gráficas como PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="122"/>
        <source>Charts as SVG…</source>
        <translation>Gráficas como SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="124"/>
        <source>Data as CSV…</source>
        <translation>Datos como CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="134"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="136"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="147"/>
        <source>Train, per batch</source>
        <translation>Entrenamiento, por lote</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="137"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="148"/>
        <source>Train, epoch</source>
        <translation>Entrenamiento, por época</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="138"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="149"/>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="139"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="150"/>
        <source>Train, smoothed</source>
        <translation>Entrenamiento, suavizada</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="143"/>
        <source>Loss (log scale)</source>
        <translation>Pérdida (escala log.)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="146"/>
        <source>Accuracy (%)</source>
        <translation>Exactitud (%)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="155"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="156"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="167"/>
        <source>Press Train to see the loss fall.

Loss, accuracy and learning rate appear here while the network learns.</source>
        <translation>Pulse Entrenar para ver bajar la pérdida.

La pérdida, la exactitud y la tasa de aprendizaje aparecen aquí mientras la red aprende.</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="211"/>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="348"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="350"/>
        <source>%1: training</source>
        <translation>%1: entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="349"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="351"/>
        <source>%1: validation</source>
        <translation>%1: validación</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="507"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="513"/>
        <source>Epoch %1
%2: %3</source>
        <translation>Época %1
%2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="531"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="543"/>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="558"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="551"/>
        <source>Training charts</source>
        <translation>Gráficas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="552"/>
        <source>Loss, accuracy and learning rate, exported from Netwright</source>
        <translation>Pérdida, exactitud y tasa de aprendizaje, exportadas desde Netwright</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="571"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="572"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="573"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="574"/>
        <source>Export training charts</source>
        <translation>Exportar las gráficas de entrenamiento</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="575"/>
        <source>training.%1</source>
        <translation>entrenamiento.%1</translation>
    </message>
    <message>
        <location filename="../widgets/charts/TrainingChartsWidget.cpp" line="585"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>nw::TrainingController</name>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="57"/>
        <source>Loading the data: %1 of %2 files…</source>
        <translation>Cargando los datos: %1 de %2 archivos…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="68"/>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="70"/>
        <source>Train the network with the project&apos;s settings, from its imported or trained weights where it has them and the seed&apos;s elsewhere</source>
        <translation>Entrenar la red con la configuración del proyecto, desde sus pesos importados o entrenados donde los tenga y desde los de la semilla en el resto</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="72"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="74"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="76"/>
        <source>Step &amp;One Batch</source>
        <translation>Avanzar &amp;un lote</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="78"/>
        <source>Train exactly one more batch, then pause</source>
        <translation>Entrenar exactamente un lote más y luego pausar</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="79"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="81"/>
        <source>Reset &amp;Weights</source>
        <translation>Restablecer pe&amp;sos</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="83"/>
        <source>Forget the trained weights: back to the seed&apos;s initial weights</source>
        <translation>Olvidar los pesos entrenados: volver a los pesos iniciales de la semilla</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="140"/>
        <source>Loading the data…</source>
        <translation>Cargando los datos…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="157"/>
        <source>The network has problems; see the Problems panel.</source>
        <translation>La red tiene problemas; vea el panel Problemas.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="172"/>
        <source>The pruned weights no longer fit the network: prune it again.</source>
        <translation>Los pesos podados ya no encajan con la red: vuelva a podarla.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="207"/>
        <source>Training could not be started.</source>
        <translation>No se pudo iniciar el entrenamiento.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="212"/>
        <source>Training…</source>
        <translation>Entrenando…</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="213"/>
        <source>Training… (%1)</source>
        <translation>Entrenando… (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="227"/>
        <source>Training cancelled.</source>
        <translation>Entrenamiento cancelado.</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingController.cpp" line="265"/>
        <source>The weights are back at their initial values.</source>
        <translation>Los pesos han vuelto a sus valores iniciales.</translation>
    </message>
</context>
<context>
    <name>nw::TrainingHistory</name>
    <message>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="205"/>
        <location filename="../widgets/charts/TrainingHistory.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>nw::TrainingProgressWidget</name>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="63"/>
        <source>Epoch 1/%1</source>
        <translation>Época 1/%1</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="78"/>
        <source>Epoch %1/%2 · batch %3/%4</source>
        <translation>Época %1/%2 · lote %3/%4</translation>
    </message>
    <message>
        <location filename="../app/gui/TrainingProgressWidget.cpp" line="86"/>
        <source> · %1 left</source>
        <translation> · quedan %1</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSession</name>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="112"/>
        <source>The weights cannot be reset while training runs.</source>
        <translation>Los pesos no se pueden restablecer mientras el entrenamiento está en curso.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="114"/>
        <source>There is no network to reset.</source>
        <translation>No hay ninguna red que restablecer.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="136"/>
        <source>Other weights cannot be shown while training runs.</source>
        <translation>No se pueden mostrar otros pesos mientras se entrena.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="138"/>
        <source>There is no trained network to show them on.</source>
        <translation>No hay una red entrenada en la que mostrarlos.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="181"/>
        <source>The project cannot be saved with its weights while training runs.</source>
        <translation>El proyecto no se puede guardar con sus pesos mientras el entrenamiento está en curso.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="185"/>
        <source>Nothing has been trained in this session.</source>
        <translation>No se ha entrenado nada en esta sesión.</translation>
    </message>
    <message>
        <location filename="../core/training/TrainingSession.cpp" line="339"/>
        <source>Training failed with an unknown error.</source>
        <translation>El entrenamiento falló con un error desconocido.</translation>
    </message>
</context>
<context>
    <name>nw::TrainingSettingsDock</name>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="111"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="115"/>
        <source>Cross-entropy (classes)</source>
        <translation>Entropía cruzada (clases)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="116"/>
        <source>Mean squared error (regression)</source>
        <translation>Error cuadrático medio (regresión)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="117"/>
        <source>Binary cross-entropy with logits</source>
        <translation>Entropía cruzada binaria con logits</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="120"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="153"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="219"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="121"/>
        <source>Moves a little of each target&apos;s probability to the other classes, so the network is less sure of itself.</source>
        <translation>Traslada un poco de la probabilidad de cada objetivo a las demás clases, para que la red esté menos segura de sí misma.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="123"/>
        <source>Loss:</source>
        <translation>Pérdida:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="124"/>
        <source>Label smoothing:</source>
        <translation>Suavizado de etiquetas:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="134"/>
        <source>Optimizer</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="138"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="139"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="140"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="141"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="143"/>
        <source>How big a step each batch takes. The arrows step 1, 2, 5, 10…</source>
        <translation>El tamaño del paso que da cada lote. Las flechas avanzan 1, 2, 5, 10…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="145"/>
        <source>Nesterov momentum</source>
        <translation>Momento de Nesterov</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="147"/>
        <source>Looks ahead along the momentum; needs a momentum above 0.</source>
        <translation>Mira hacia delante a lo largo del momento; necesita un momento mayor que 0.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="154"/>
        <source>Optimizer:</source>
        <translation>Optimizador:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="155"/>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="156"/>
        <source>Momentum:</source>
        <translation>Momento:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="158"/>
        <source>Beta 1:</source>
        <translation>Beta 1:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="159"/>
        <source>Beta 2:</source>
        <translation>Beta 2:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="160"/>
        <source>Epsilon:</source>
        <translation>Épsilon:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="161"/>
        <source>Alpha (smoothing):</source>
        <translation>Alfa (suavizado):</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="162"/>
        <source>Weight decay:</source>
        <translation>Decaimiento de pesos:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="192"/>
        <source>Learning-rate schedule</source>
        <translation>Programa de la tasa de aprendizaje</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="196"/>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="197"/>
        <source>Step (multiply every few epochs)</source>
        <translation>Escalonado (multiplicar cada pocas épocas)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="198"/>
        <source>Exponential (multiply every epoch)</source>
        <translation>Exponencial (multiplicar cada época)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="199"/>
        <source>Cosine (down to a minimum)</source>
        <translation>Coseno (hasta un mínimo)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="203"/>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="294"/>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="209"/>
        <source>The factor the learning rate is multiplied by.</source>
        <translation>El factor por el que se multiplica la tasa de aprendizaje.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="213"/>
        <source>All epochs of the run</source>
        <translation>Todas las épocas de la ejecución</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="220"/>
        <source>Epochs over which the learning rate rises from 0 to its value at the start.</source>
        <translation>Épocas durante las que la tasa de aprendizaje sube de 0 a su valor inicial.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="221"/>
        <source>Schedule:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="222"/>
        <source>Every:</source>
        <translation>Cada:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="223"/>
        <source>Factor (gamma):</source>
        <translation>Factor (gamma):</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="224"/>
        <source>Length:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="225"/>
        <source>Minimum rate:</source>
        <translation>Tasa mínima:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="226"/>
        <source>Warm-up epochs:</source>
        <translation>Épocas de calentamiento:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="244"/>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="255"/>
        <source>Initial weights, batch order and dropout: the same seed gives the same run.</source>
        <translation>Pesos iniciales, orden de los lotes y dropout: la misma semilla da la misma ejecución.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="259"/>
        <source>All cores (%1)</source>
        <translation>Todos los núcleos (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="265"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="266"/>
        <source>Scales the gradients down when their overall length exceeds this; tames exploding gradients.</source>
        <translation>Reduce los gradientes cuando su longitud total supera este valor; doma los gradientes explosivos.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="268"/>
        <source>Batch size:</source>
        <translation>Tamaño de lote:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="269"/>
        <source>Epochs:</source>
        <translation>Épocas:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="270"/>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="271"/>
        <source>Threads:</source>
        <translation>Hilos:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="272"/>
        <source>Gradient clipping:</source>
        <translation>Recorte de gradientes:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="287"/>
        <source>Stop early when validation loss stops improving</source>
        <translation>Parar antes si la pérdida de validación deja de mejorar</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="300"/>
        <source>A smaller drop of the validation loss does not count as improving.</source>
        <translation>Una bajada menor de la pérdida de validación no cuenta como mejora.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="301"/>
        <source>Keep the best epoch&apos;s weights</source>
        <translation>Conservar los pesos de la mejor época</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="303"/>
        <source>Patience:</source>
        <translation>Paciencia:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="304"/>
        <source>Minimum improvement:</source>
        <translation>Mejora mínima:</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="337"/>
        <source>Epoch %1 of %2</source>
        <translation>Época %1 de %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="341"/>
        <source>Batch %1 of %2</source>
        <translation>Lote %1 de %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="342"/>
        <source>About %1 left</source>
        <translation>Quedan unos %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="343"/>
        <source>Estimating the time left…</source>
        <translation>Estimando el tiempo restante…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/TrainingSettingsDock.cpp" line="352"/>
        <source>Not training</source>
        <translation>Sin entrenar</translation>
    </message>
</context>
<context>
    <name>nw::WeightsFit</name>
    <message>
        <location filename="../app/gui/WeightsFit.cpp" line="22"/>
        <source>the network has errors, so no weights can be checked against it; fix them first</source>
        <translation>la red tiene errores, así que no se pueden comprobar pesos con ella; corríjalos primero</translation>
    </message>
</context>
<context>
    <name>nw::WeightsImporter</name>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="29"/>
        <source>Import Weights</source>
        <translation>Importar pesos</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="30"/>
        <source>Projects and weights (*.nwproj *.safetensors);;All files (*)</source>
        <translation>Proyectos y pesos (*.nwproj *.safetensors);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="40"/>
        <source>Stop training before importing weights.</source>
        <translation>Detén el entrenamiento antes de importar pesos.</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="45"/>
        <source>The network has problems; fix them before importing weights:
%1</source>
        <translation>La red tiene problemas; corrígelos antes de importar pesos:
%1</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="51"/>
        <source>Cannot import weights</source>
        <translation>No se pueden importar los pesos</translation>
    </message>
    <message>
        <location filename="../app/gui/WeightsImporter.cpp" line="65"/>
        <source>Imported weights from %1 for %2; Start keeps them.</source>
        <translation>Pesos importados de %1 para %2; Iniciar los conserva.</translation>
    </message>
</context>
</TS>

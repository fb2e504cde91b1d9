@echo off
rem Runs the clusterdata command line: put this directory on the PATH.
rem Java 17 or later: JAVA_HOME if set, else java on the PATH. JAVA_OPTS is passed to the JVM.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %JAVA_OPTS% -jar "%~dp0..\lib\clusterdata.jar" %*
